/**
 * Chinese texts of the roster (网格名册) import and export: file and field
 * errors, the plan's change lines, and the `npm run roster` CLI.
 */
import type { Change } from '../roster/plan';
import type { RosterBinding } from '../roster/schema';
import type { TicketView } from './tickets';

// ── places in files ────────────────────────────────────────────────────────

export const placeLine = (file: string, line: number) => `${file} 第 ${line} 行`;

export const placeCell = (file: string, line: number, column: number, header?: string) =>
  `${file} 第 ${line} 行 第 ${column} 列${header ? `（${header}）` : ''}`;

/** The place of a whole column, when no single cell is to blame. */
export const placeColumn = (file: string, column: string) => `${file}（${column} 列）`;

// ── reading files (CSV, YAML) ──────────────────────────────────────────────

export const fileNotFound = (path: string) => `找不到文件 ${path}`;

export const yamlSyntaxError = (reason: string) => `YAML 格式错误：${reason}`;

const SAVE_AS_UTF8 = '请在 Excel 里「另存为 CSV UTF-8」';

export const notUtf8 = () => `文件不是 UTF-8：${SAVE_AS_UTF8}`;

export const decodedAs = (file: string, encoding: string) =>
  `${file} 不是 UTF-8，已按 ${encoding === 'gb18030' ? 'GB18030（GBK，中文 Windows 的 Excel 默认编码）' : encoding.toUpperCase()} 读取；请核对下面的名字是否正确`;

export const replacementChar = (value: string) =>
  `"${value}" 含有无法识别的字符（�），文件的编码可能不对：${SAVE_AS_UTF8}后重新导入`;

export const csvUnclosedQuote = () => '引号没有配对（从这里开始的引号一直没有结束）';

export const csvTextAfterQuote = (tail: string) => `引号结束后还有字符 "${tail}"（含引号的格子要整格用引号括起来）`;

export const csvEmptyFile = () => '文件是空的，第一行应为列名';

export const csvUnknownColumn = (name: string, known: string[]) => `未知的列 "${name}"（可用的列：${known.join('、')}）`;

export const csvDuplicateColumn = (name: string) => `列 "${name}" 重复`;

export const csvMissingColumn = (key: string) => `缺少列 "${key}"`;

export const csvMissingFile = (file: string) => `缺少 ${file}`;

export const csvStreetDiffers = (street: string, firstLine: number, first: string) =>
  `街道 "${street}" 与第 ${firstLine} 行的 "${first}" 不同：一个名册只写一个街道`;

export const csvCommunityEmpty = () => '社区不能为空';

export const csvLeaderDiffers = (grid: string, leader: string, firstLine: number | undefined, first: string | undefined) =>
  `${grid} 的网格长 "${leader}" 与第 ${firstLine} 行的 "${first}" 不同`;

export const csvLeaderWithoutGrid = () => '写了网格长却没写网格';

export const csvUnitsWithoutBuilding = () => '写了单元数却没写楼栋';

export const csvStreetEmpty = () => '街道不能为空：至少在一行写上街道名';

export const csvCommunityRequired = () => '有多个社区时要写明社区';

export const csvCommunityNotInBuildings = (name: string) => `社区 "${name}" 不在 buildings.csv 中`;

/** The comment at the top of an exported roster.yaml. */
export const yamlHeaderComment = (street: string) =>
  ` 网格名册（${street}）：由 npm run roster -- export 生成，可修改后用 npm run roster -- import 导入。\n 含工作人员电话，请勿转发到群里。`;

// ── fields (zod messages) ──────────────────────────────────────────────────

/** How fields are named in messages like "网格名不能为空". */
export const FIELD = {
  street: '街道名',
  community: '社区名',
  grid: '网格名',
  leader: '网格长',
  lead: '团购长',
  gridWas: '网格原名',
  name: '姓名',
  wechatName: '微信名',
  groupId: '群 id',
  topic: '群名',
} as const;

export const leadAmbiguous = (name: string, building: string, n: number) =>
  `${bName(building)}有 ${n} 位居民叫「${name}」，分不清哪位是团购长：请在群里用「设团购长」设置，或在名册里去掉这个名字`;

export const csvLeadExtraCell = () => '团购长（楼长）一行只填社区、姓名、角色和楼栋：团购长是本楼居民，不是工作人员';
export const csvLeadWithoutBuilding = () => '团购长（楼长）要写楼栋（楼栋一列）';
export const csvLeadBuildingUnknown = (building: string, community: string) => `楼栋 "${building}" 不在 buildings.csv 的 ${community} 里`;
export const csvBuildingOnlyForLeads = () => '楼栋一列只给团购长（楼长）填；工作人员按网格负责';

export const notLeadList = () => '团购长（leads）应为姓名列表，如 [冯秀英]';

export const fieldEmpty = (what: string) => `${what}不能为空`;

export const fieldTooLong = (what: string, max: number) => `${what}最多 ${max} 个字`;

export const badBuildingName = (s: string) => `楼栋名称 "${s}" 无法识别（应像居民说的那样：3、B、12）`;

export const unitsNotPositive = () => '单元数应为正整数';

export const unitsTooFew = () => '单元数至少为 1';

export const unitsTooMany = () => '单元数最多 99';

export const badRole = () => '角色应为 grid_worker（网格员）、grid_leader（网格长）或 office（社区办）';

export const badChannel = () => '渠道应为 wechaty（微信）、wecom（企业微信）或 simulator（模拟器）';

export const badBinding = (s: string) => `绑定目标 "${s}" 无法识别：写楼栋（如 3）、工作群 或 解绑`;

export const notGridList = () => '应为网格名的列表';

export const badWecomUserId = () => '企业微信账号只能含字母、数字和 _ . @ -，最长 64 位';

export const badPhone = () => '电话格式不对（只能含数字、空格、-，可用 + 开头）';

export const groupNeedsIdOrTopic = () => '群要写 id 或 topic（群名），至少一项';

export const missingField = () => '缺少此项';

export const unknownFields = (keys: string[]) => `未知字段 ${keys.map((k) => `"${k}"`).join('、')}（字段名区分大小写）`;

export const notAnObject = () => '应为一组字段（key: value）';

export const wrongType = (expected: string) => `类型不对：应为 ${expected}`;

export const notAList = () => '应为列表';

// ── cross checks ───────────────────────────────────────────────────────────

export const gridTwice = (grid: string, community: string, first: string) =>
  `网格 "${grid}" 在 ${community} 中出现了两次（另见 ${first}）`;

export const buildingTwice = (building: string, community: string, first: string) =>
  `楼栋 "${building}" 在 ${community} 中出现了两次（另见 ${first}）`;

export const staffTwice = (name: string, community: string, first: string) =>
  `人员 "${name}" 在 ${community} 中出现了两次（另见 ${first}）；同名的请加以区分，如 张丽(二组)`;

export const buildingWasTaken = (was: string, community: string) => `原名 "${was}" 仍是 ${community} 里另一栋楼的名字，无法改名`;

export const buildingWasTwice = (was: string, first: string) => `两栋楼都写了原名 "${was}"（另见 ${first}）`;

export const gridWasTaken = (was: string, community: string) => `原名 "${was}" 仍是 ${community} 里另一个网格的名字，无法改名`;

export const leaderNotInStaff = (leader: string, community: string) => `网格长 "${leader}" 不在 ${community} 的人员名单（staff）中`;

export const leaderWrongRole = (leader: string, role: string) => `网格长 "${leader}" 的角色是 ${role}，应为 grid_leader`;

export const gridNotInCommunity = (grid: string, community: string) => `网格 "${grid}" 不在 ${community} 中`;

export const bindBuildingNotInCommunity = (building: string, community: string) => `楼栋 "${building}" 不在 ${community} 中，无法绑定`;

export const noCommunity = () => '至少要有一个社区';

export const communityTwice = (name: string, first: string) => `社区 "${name}" 出现了两次（另见 ${first}）`;

export const wecomUserIdTwice = (id: string | undefined, first: string) => `企业微信账号 "${id}" 重复（另见 ${first}）`;

export const wechatNameTwice = (name: string | undefined, first: string) => `微信名 "${name}" 重复（另见 ${first}）：机器人无法分辨两人`;

export const groupIdTwice = (id: string | undefined, first: string) => `群 id "${id}" 写了两次（另见 ${first}）`;

export const groupTopicTwice = (topic: string | undefined, first: string) => `群 "${topic}" 写了两次（另见 ${first}）`;

// ── the plan: one readable line per change; phone numbers are never printed ──

const ROLE_TEXT: Record<string, string> = { grid_worker: '网格员', grid_leader: '网格长', office: '社区办', resident: '居民' };

export function roleText(role: string): string {
  return ROLE_TEXT[role] ?? role;
}

/** "3" → "3号楼"; names that are not a bare number or letter stay as they are. */
export function bName(name: string): string {
  return /^[0-9A-Za-z]+$/.test(name) ? `${name}号楼` : name;
}

function bindText(b: RosterBinding): string {
  return b.kind === 'building' ? `${bName(b.building)}居民群` : b.kind === 'workers' ? '网格工作群' : '未绑定';
}

export const UNBOUND = '未绑定';

/** What a group is bound to now, for `bind-group` lines. */
export const boundToWorkers = (community: string) => `${community} 网格工作群`.trim();
export const boundToBuilding = (community: string, building: string) => `${community} ${bName(building)}居民群`;
export const boundToUnknownBuilding = () => '居民群（楼栋不明）';

const ticketList = (ids: number[]) => ids.map((t) => `#${t}`).join('、');

export function describeChange(c: Change): string {
  switch (c.kind) {
    case 'add-street':
      return `+ 新增街道 ${c.street}`;
    case 'add-community':
      return `+ 新增社区 ${c.community}`;
    case 'add-grid':
      return `+ 新增网格 ${c.community} ${c.grid}`;
    case 'rename-grid':
      return `~ 网格改名 ${c.community} ${c.from} → ${c.to}`;
    case 'rename-building':
      return `~ 楼栋改名 ${c.community} ${bName(c.from)} → ${bName(c.to)}`;
    case 'add-building':
      return `+ 新增楼栋 ${c.community} ${bName(c.building)}（${c.grid ?? '不属于任何网格'}${c.units ? `，${c.units} 个单元` : ''}）`;
    case 'move-building':
      return `~ 楼栋调整 ${c.community} ${bName(c.building)}：${c.from ?? '无网格'} → ${c.to ?? '无网格'}`;
    case 'set-units':
      return `~ 单元数 ${c.community} ${bName(c.building)}：${c.from ?? '未填'} → ${c.to ?? '未填'}`;
    case 'update-staff':
      return `~ 人员 ${c.name}（${c.community}）：${c.what.join('；')}`;
    case 'add-staff': {
      const s = c.staff;
      const extra = [s.wechatName ? `微信名 ${s.wechatName}` : '', s.wecomUserId ? `企业微信 ${s.wecomUserId}` : ''].filter(Boolean);
      return `+ 新增人员 ${s.name}（${roleText(s.role)}，${c.community}${c.grids.length ? `，负责 ${c.grids.join('、')}` : ''}${extra.length ? `，${extra.join('，')}` : ''}）`;
    }
    case 'set-staff-grids':
      return `~ 负责网格 ${c.name}（${c.community}）：${c.from.join('、') || '无'} → ${c.to.join('、') || '无'}`;
    case 'create-group':
      return `+ 登记群「${c.topic}」（${c.channel} ${c.externalId}）为 ${c.community} ${bindText(c.bind)}`;
    case 'bind-group':
      return `~ 群「${c.topic}」：${c.from} → ${c.bind.kind === 'unbound' ? '未绑定' : `${c.community} ${bindText(c.bind)}`}`;
    case 'reassign-tickets':
      return (
        `~ 工单 ${ticketList(c.tickets)} 由 ${c.fromName} 转给 ${c.toName}` +
        (c.why.kind === 'left-grid' ? `（${c.fromName} 不再负责 ${c.why.grids.join('、')}）` : '')
      );
    case 'deactivate-staff':
      return `- 停用人员 ${c.name}（${roleText(c.role)}，${c.community}）：不在名册中；历史工单保留`;
    case 'remove-building':
      return `- 删除楼栋 ${c.community} ${bName(c.building)}`;
    case 'remove-grid':
      return `- 删除网格 ${c.community} ${c.grid}`;
    case 'add-lead':
      return `+ 团购长 ${c.community} ${bName(c.building)}：${c.name}${c.person ? '' : '（本楼还没有这位居民，登记为本楼居民）'}`;
    case 'remove-lead':
      return `- 团购长 ${c.community} ${bName(c.building)}：${c.name} 不再是团购长（居民身份保留）`;
  }
}

/** The parts of an `update-staff` line ("改名为 …；角色 … → …"). */
export const staffRenamed = (name: string) => `改名为 ${name}`;
export const staffRoleChanged = (from: string, to: string) => `角色 ${roleText(from)} → ${roleText(to)}`;
export const staffWechatChanged = (from: string | null, to: string | undefined) => `微信名 ${from ?? '无'} → ${to ?? '无'}`;
export const staffWecomChanged = (from: string | null, to: string | undefined) => `企业微信 ${from ?? '无'} → ${to ?? '无'}`;
export const staffPhoneChanged = (set: boolean) => (set ? '电话已更新' : '电话已清空');
export const staffMoved = (from: string, to: string) => `从 ${from} 调到 ${to}`;
export const staffReactivated = () => '重新启用';

// ── the plan: notes and refusals ───────────────────────────────────────────

export const communityLeftAlone = (name: string) => `社区 ${name} 不在文件中，保持不变（名册只改文件里写到的社区）`;

export const wecomUserIdTaken = (id: string, owner: string, role: string, street: string) =>
  `企业微信账号 "${id}" 已属于 ${owner}（${roleText(role)}，不在 ${street} 的名册里），不能重复使用`;

export const groupNotSeen = (topic: string | undefined, channel: string) =>
  `机器人还没见过群「${topic}」（${channel}）：先在群里发一句话，或写上群 id（npm run roster -- groups 可查看）`;

export const groupTopicAmbiguous = (count: number, topic: string | undefined, channel: string) =>
  `有 ${count} 个群都叫「${topic}」（${channel}），请写上群 id 区分`;

export const reassignToUnknown = (name: string) => `--reassign-to "${name}"：名册里没有这个人（写姓名或微信名；接手人必须留在名册中）`;

export const reassignToAmbiguous = (name: string, count: number) => `--reassign-to "${name}"：名册里有 ${count} 人符合，请写得更具体`;

export const leavingWithOpenTickets = (name: string, role: string, community: string, tickets: number[]) =>
  `${name}（${roleText(role)}，${community}）不在名册中将被停用，但还有未办结工单 ${tickets.map((t) => `#${t}`).join('、')}：请用 --reassign-to 姓名 指定接手人，或把此人留在名册里`;

export const reassignToNothing = () => '--reassign-to：没有需要转派的工单';

export const leftGridKeepsTickets = (name: string, grids: string[], tickets: number[]) =>
  `${name} 不再负责 ${grids.join('、')}，但仍是其中未办结工单 ${ticketList(tickets)} 的负责人：工单留给 ${name} 继续处理；要转给别人，请加 --reassign-to 姓名`;

export function buildingStillUsed(o: { building: string; community: string; tickets: number; residents: number; groups: number }): string {
  const refs = [o.tickets ? `${o.tickets} 张工单` : '', o.residents ? `${o.residents} 位居民` : '', o.groups ? `${o.groups} 个居民群` : ''].filter(Boolean);
  return `楼栋 ${bName(o.building)}（${o.community}）不在文件中，但还有 ${refs.join('、')}，不能删除：请把它留在文件里${o.groups ? '，或先把群改绑' : ''}`;
}

export const gridStillUsed = (grid: string, community: string, tickets: number) =>
  `网格 ${grid}（${community}）不在文件中，但有 ${tickets} 张工单记录，不能删除：请把它留在文件里（可以不写楼栋）`;

// ── applying the plan ──────────────────────────────────────────────────────

export const streetMissing = (street: string) => `街道 ${street} 未创建`;
export const communityMissing = (name: string) => `社区 ${name} 未找到`;
export const gridMissing = (community: string, name: string) => `网格 ${community} ${name} 未找到`;
export const buildingMissing = (community: string, name: string) => `楼栋 ${community} ${name} 未找到`;
export const personMissing = (name: string) => `人员 ${name} 未找到`;
export const ticketChanged = (id: number) => `工单 #${id} 状态已变化，请重试`;

/** The ticket history note when an import hands a leaver's tickets on. */
export const reassignedNote = (from: string, to: string) => `名册导入：${from} 停用，转给 ${to}`;

/** The ticket history note when the previous assignee no longer covers the ticket's grid. */
export const reassignedLeftGridNote = (from: string, grids: string[], to: string) =>
  `名册导入：${from} 不再负责 ${grids.join('、')}，转给 ${to}`;

// ── telling the new assignee (one direct message per person) ──────────────

/** A moved ticket as the new assignee sees it, with who had it. */
export interface MovedTicketView extends TicketView {
  from: string;
}

/** More would make a wall of text in a chat; the rest are one 我的 away. */
const MOVED_LISTED = 20;

export function reassignedToYou(moved: MovedTicketView[]): string {
  const first = moved[0]!.id;
  const lines = moved.slice(0, MOVED_LISTED).map((t) => `#${t.id} ${t.categoryLabel}｜${t.where}｜${t.summary}（原负责人 ${t.from}）`);
  const more = moved.length - MOVED_LISTED;
  return [
    `【名册调整】社区更新了网格名册，以下 ${moved.length} 张未办结工单改由您负责：`,
    ...lines,
    ...(more > 0 ? [`……另有 ${more} 张，发送「我的」查看全部。`] : []),
    moved.length === 1
      ? `回复「接单 ${first}」认领，「查 ${first}」看详情。`
      : `请逐一认领，如回复「接单 ${first}」；「查 ${first}」看详情，「我的」看全部。`,
  ].join('\n');
}

// ── npm run roster ─────────────────────────────────────────────────────────

export const CLI_USAGE = `用法：
  npm run roster -- import 文件 [--dry-run] [--reassign-to 姓名]
  npm run roster -- export [--format yaml|csv] [--out 路径] [--street 街道]
  npm run roster -- groups
  npm run roster -- remove (--community 社区 [--street 街道] | --street 街道) [--dry-run] [--force]

  import   校验并导入名册（YAML/JSON 文件，或含 buildings.csv、staff.csv、groups.csv 的文件夹）
           --dry-run        只显示将要做的变更，不写入
           --reassign-to    被移出名册的人员的未办结工单、不再负责某网格的人员在该网格的未办结工单，
                            转给此人接手，并私信通知此人
  export   导出当前名册（默认 YAML 输出到屏幕；CSV 需要 --out 文件夹，否则依次打印三张表）
  groups   列出机器人已见过但还没绑定的群，以及还没有绑定居民群的楼栋
  remove   删除误建的社区（--community）或整个街道（--street）及其网格、楼栋、人员，群改为未绑定
           --dry-run        只显示将要删除的内容，不写入
           --force          还有工单或通知指向它时，连同这些工单、通知一起删除（否则拒绝）`;

export const cliImportOneFile = () => 'import 需要且只需要一个文件或文件夹';
export const cliReassignToEmpty = () => '--reassign-to 需要一个姓名';
export const cliRosterInvalid = (count: number) => `名册有 ${count} 处错误，未写入任何内容：`;
export const cliPlanRefused = (count: number) => `无法导入（未写入任何内容），共 ${count} 个问题：`;
export const cliNoChanges = (street: string) => `名册与库中一致（${street}），没有变更。`;
export const cliDryRun = (street: string, count: number) => `预演（--dry-run，未写入）：${street} 共 ${count} 项变更`;
export const cliImported = (street: string, count: number) => `已导入 ${street}：${count} 项变更`;
export const cliNote = (note: string) => `  注意：${note}`;
export const cliAppliedLive = () => '运行中的机器人每条消息都重新读库，从下一条消息起按新名册工作，无需重启。';

const CHANNEL_LABEL: Record<string, string> = { wecom: '企业微信', wechaty: '微信', simulator: '模拟器' };
const via = (channel: string) => `${CHANNEL_LABEL[channel] ?? channel}私信`;

export const cliWouldNotify = (name: string, tickets: number[], channel: string) =>
  `  将通知 ${name}（${via(channel)}）：工单 ${ticketList(tickets)} 改由其负责。消息内容：`;
export const cliNotified = (name: string, tickets: number[], channel: string) =>
  `  已通知 ${name}（${via(channel)}）：工单 ${ticketList(tickets)} 改由其负责`;
export const cliCannotNotify = (name: string, tickets: number[], dryRun: boolean) =>
  `  注意：${dryRun ? '将无法' : '未能'}通知 ${name}（工单 ${ticketList(tickets)}）：机器人还不知道怎样私信此人（没在机器人所在的渠道说过话，或没有可用的企业微信账号），请另行告知`;
export const cliMessageLine = (line: string) => `    │ ${line}`;
export const cliNoticesQueued = () => '通知已写入发件箱：运行中的机器人一两秒内发出；机器人没在运行时，下次启动后发出。';
export const cliNoArguments = (command: string, args: string[]) => `${command} 不接受参数 ${args.join(' ')}`;
export const cliBadFormat = (format: string | undefined) => `--format 只能是 yaml 或 csv，不是 ${format}`;
export const cliNoStreets = () => '库里还没有任何街道，没有可导出的名册。';
export const cliManyStreets = (streets: string[]) => `库里有多个街道（${streets.join('、')}），请用 --street 指定`;
export const cliNoSuchStreet = (street: string, streets: string[]) => `库里没有街道 "${street}"（有：${streets.join('、') || '无'}）`;
export const cliExportedFile = (path: string) => `已导出到 ${path}`;
export const cliExportedDir = (dir: string, files: string[]) => `已导出到 ${dir}/（${files.join('、')}）`;
export const cliNoUnboundGroups = () => '没有待绑定的群。';
export const cliUnboundGroups = (count: number) => `待绑定的群（${count} 个）：`;
export const cliUnboundGroupsHeader = () => '渠道\t群 id\t群名';
export const cliHowToBind = () => '绑定方法：在群里发送「绑定 3号楼」或「绑定 工作群」；或写进名册的 groups（channel、id、bind）后导入。';
export const cliNoUnboundBuildings = () => '每栋楼都绑定了居民群。';
export const cliUnboundBuildings = (count: number) => `还没有绑定居民群的楼栋（${count} 栋，通知和工单进展发不到这些楼）：`;
export const cliUnboundBuildingsHeader = () => '社区\t网格\t楼栋';
export const cliUnknownCommand = (command: string) => `未知命令 ${command}`;
export const cliUsageError = (message: string, usage: string) => `用法错误：${message}\n\n${usage}`;
export const cliFailed = (message: string) => `出错了，未写入任何内容：${message}`;

// ── roster remove ──────────────────────────────────────────────────────────

const ids = (list: number[]) => (list.length > 12 ? `${list.slice(0, 12).map((n) => `#${n}`).join('、')} 等` : list.map((n) => `#${n}`).join('、'));
const names = (list: string[]) => (list.length > 12 ? `${list.slice(0, 12).join('、')} 等 ${list.length} 人` : list.join('、'));

/** A street/community removal (src/roster/remove.ts plans it; these texts report it). */
export interface RemovalText {
  street: string;
  /** The whole street goes (only when asked with --street alone). */
  removeStreet: boolean;
  communities: string[];
  grids: number;
  buildings: number;
  /** Staff and residents deleted outright. */
  peopleDeleted: string[];
  /** People kept (detached, inactive) because history elsewhere refers to them. */
  peopleKept: string[];
  groupsUnbound: { channel: string; externalId: string; topic: string }[];
  tickets: number[];
  announcements: number[];
}

const removalWhat = (p: RemovalText) =>
  p.removeStreet ? `街道 ${p.street}（社区 ${p.communities.join('、') || '无'}）` : `社区 ${p.communities[0]}（${p.street}）`;

export const cliRemoveNeedsTarget = () => 'remove 需要 --community 社区名，或 --street 街道名（删除整个街道）';
export const cliRemoveNoStreet = (name: string, streets: string[]) =>
  `没有街道 "${name}"。库里的街道：${streets.join('、') || '（无）'}`;
export const cliRemoveNoCommunity = (name: string, communities: string[]) =>
  `没有社区 "${name}"。库里的社区：${communities.join('、') || '（无）'}`;
export const cliRemoveAmbiguous = (name: string, streets: string[]) =>
  `有多个街道都有社区 "${name}"（${streets.join('、')}），请加 --street 街道名 指明`;

export const cliRemoveRefused = (p: RemovalText) =>
  [
    `无法删除 ${removalWhat(p)}（未写入任何内容）：`,
    ...(p.tickets.length ? [`  还有 ${p.tickets.length} 张工单指向它：${ids(p.tickets)}`] : []),
    ...(p.announcements.length ? [`  还有 ${p.announcements.length} 条通知属于它：${ids(p.announcements)}`] : []),
    '确认连同这些工单和通知一起删除，请加 --force（可先加 --dry-run 看看会删什么）。',
  ].join('\n');

export const cliRemoveSummary = (p: RemovalText, dryRun: boolean) =>
  [
    dryRun ? `预演（--dry-run，未写入）：将删除 ${removalWhat(p)}` : `已删除 ${removalWhat(p)}`,
    `  网格 ${p.grids} 个、楼栋 ${p.buildings} 栋`,
    `  人员：删除 ${p.peopleDeleted.length} 人${p.peopleDeleted.length ? `（${names(p.peopleDeleted)}）` : ''}` +
      (p.peopleKept.length ? `；${p.peopleKept.length} 人在其他工单或令牌里有记录，保留并停用（${names(p.peopleKept)}）` : ''),
    ...(p.tickets.length ? [`  工单 ${p.tickets.length} 张连同处理记录一并删除：${ids(p.tickets)}`] : []),
    ...(p.announcements.length ? [`  通知 ${p.announcements.length} 条一并删除：${ids(p.announcements)}`] : []),
    p.groupsUnbound.length
      ? `  ${p.groupsUnbound.length} 个群改为未绑定（机器人仍在群里，可重新绑定）：${p.groupsUnbound.map((g) => g.topic).join('、')}`
      : '  没有绑定的群',
  ].join('\n');
