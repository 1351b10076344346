/**
 * Where a report's problem is: inside one home (a leak, no power, a broken
 * lock: the worker needs the unit and room) or shared by the building (the
 * lift, the stairwell light, the whole block without water: the building is
 * enough, and asking every neighbour "几单元几室" would be noise). Pure.
 */

/** Shared parts and building-wide outages: never asked for a unit or room. */
const BUILDING_WIDE =
  /电梯|楼道|走廊|楼梯|过道|整栋|整幢|整个楼|全楼|一栋楼|整个单元|小区|车库|地库|停车场|路灯|大门|门禁|单元门|公共|广场|绿化|草坪|外墙|屋顶|天台|垃圾(?:桶|站|房|箱)|快递柜|充电桩|监控|消防通道|全部(?:停|没)|都(?:停|没)(?:水|电|气)|大家|各家|家家|整片|一片/;

/** Problems of one home: the worker needs to know which door to knock on. */
const IN_A_HOME =
  /漏水|渗水|滴水|没电|跳闸|断电|没水|水压|门锁|锁坏|锁芯|马桶|下水|地漏|水管|水龙头|暖气|燃气表|电表|水表|插座|家里|我家|俺家|屋里|房间|卧室|客厅|卫生间|厕所|厨房|阳台|天花板|墙皮|窗户|楼上.{0,6}(?:漏|渗|滴)/;

/** True for a problem of the building as a whole (or its shared parts). */
export function isBuildingWide(text: string): boolean {
  return BUILDING_WIDE.test(text);
}

/** True for a problem inside one home, not the building's. */
export function isHomeProblem(text: string): boolean {
  return IN_A_HOME.test(text) && !BUILDING_WIDE.test(text);
}
