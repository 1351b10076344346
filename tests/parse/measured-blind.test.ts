/**
 * Blind sets g–ch (tests/fixtures/blind/), 250 messages each, written by
 * helpers who never saw the model, after it was trained. Each was measured
 * once unseen with `npm run eval` (the figures are in README.md and below),
 * kept out of training until the next sets had been first measured, and then
 * trained on (the newest, out of training, are in tests/parse/unseen.test.ts). Their floors
 * are what they scored before they were trained on: regression guards now,
 * not unseen figures.
 * - g, h (2026-12-04): h's one missed emergency (voice fillers inside
 *   "掉到那个水池子里") led to two wider emergency patterns, and their misses
 *   led to the follow-up signals and the emergency hedges of 2026-12-05, so
 *   they are no longer unseen figures.
 * - i, j (2026-12-05, Northeast/Northwest and the South coast): first measured
 *   on the model retrained with six new corpus files. Category (0.925 / 0.947)
 *   and j's emergency recall (0.920: two objects about to fall in a typhoon)
 *   miss the issue's goals; their floors below are what was measured, so a
 *   worse model fails. One i emergency (a frozen pipe, "地上水越来越多") led
 *   to a flood pattern afterwards.
 * - k, l, m, n (2026-12-05; Southwest, Beijing/Tianjin/Hebei/Shandong,
 *   Henan/Hubei/Hunan/Jiangxi, the South-east coast with Cantonese and
 *   Minnan): written with the labelling guide's "where two categories meet"
 *   (docs/labelling.md), first measured on the model of commit 3935da4 and
 *   met every goal but n's emergency recall (0.958: an old woman alone,
 *   unseen for three days, a faint moan behind the door). The rule for that
 *   moan came afterwards, so n's recall of 1 is no longer an unseen figure.
 * - o, p (2026-12-05; the North-west frontier, Hainan/Guangxi/southern
 *   Yunnan): first measured on commit 9177802. o's category (0.940) and p's
 *   emergency recall (0.957: an old couple unseen for three days, no answer
 *   at the door, the case writers label both ways) miss the goals; their
 *   floors are what was measured.
 * - q, r (2026-12-05; northern Jiangsu/southern Shandong/northern Anhui, the
 *   hill towns of Zhejiang/Fujian/Jiangxi with Hakka and Min): first measured
 *   on commit 0599e87 (the model of f8af418). r met every goal; q's
 *   emergency recall is 0.957: a long message whose sparking distribution
 *   box the rule caught and the emergency head vetoed (0.049 < 0.1).
 * - s, t (2026-12-05; Shanghai/southern Jiangsu, the North-east): first
 *   measured on a retrained model that was not committed (intent 0.996 /
 *   0.996, category 0.985 / 0.985, emergency recall 0.913 / 0.957, precision
 *   0.955 / 0.880). The model committed in ef3e83c was tuned with them in
 *   view (its rules for lights on day and night, a fix told before a
 *   danger, and then "头晕站不起来 … 120已经在路上" came from s's and t's
 *   misses), so their figures on it are not unseen.
 * - u, v (2026-12-05; Sichuan/Chongqing/Guizhou/Yunnan, Beijing/Tianjin/
 *   Hebei/Henan), written with the settled guide (two flats, a lost person
 *   found or still missing, dog bites): first measured on commit dfa8c1d:
 *   intent 0.992 / 1.000, category 0.993 / 0.993, location 0.993 / 0.985,
 *   emergency recall 0.913 / 0.958, precision 0.955 / 0.920. The misses (TV
 *   and lights on day and night behind a door nobody answers, twice; a roof
 *   tank pouring down the stairs) led to the sign-needing "not seen" rule
 *   and a "水还在流" flood pattern, so their recall of 1 since is not unseen.
 * - x (2026-12-05; Chaoshan, Pearl River Delta, Xiamen/Quanzhou, Haikou):
 *   first measured on 26375a7 (model of 5b723b2): intent 0.992, category
 *   0.963, location 0.963, emergency recall 0.957 (heat stroke, no rule
 *   had it), precision 1. Its misses led to the location and heat-stroke
 *   changes of c32a480, so its location and recall since are not unseen.
 * - w (2026-12-05; winter in resettlement communities of rural Shandong,
 *   Hebei, Shanxi): first measured on c32a480: intent 1.000, category
 *   0.978, location 0.993, emergency recall 1.000, precision 1.000, no
 *   chatter answered in public, no report or formal complaint ignored:
 *   every goal of issue 12 met.
 * On the model of ef3e83c (with the four corpus files and the emergency-head
 *   gates) all fourteen were measured again; floors follow those figures
 *   where they rose (q, r now meet recall 1), l's category fell to 0.940.
 * The retraining after the rules read collapse, pouring water and missing
 *   children over longer spans moved one of u's street-stall reports from
 *   `other` to `sanitation` (category 0.993 → 0.985); its floor is 0.98.
 * y, z, aa, ab (2026-12-06: the Northeast in winter, Sichuan-Chongqing,
 *   Hunan-Hubei-Jiangxi resettlement compounds, new high-rise estates) were
 *   first measured on d2585d9: intent / category / location / recall /
 *   precision y 0.972 / 0.969 / 0.985 / 0.960 / 0.960; z 0.988 / 0.977 /
 *   1.000 / 1.000 / 1.000 and ab 0.972 / 0.970 / 0.985 / 1.000 / 1.000 (both
 *   met every goal); aa 0.972 / 0.916 / 0.992 / 0.880 / 0.880. Their misses
 *   (a dog bite 淌血 / 咬出血, a wall that 麻手, a child by an open window)
 *   went into the rules of 0033279, so their recall since is not unseen. The
 *   model retrained with dangers-north, dangers-south and titles moved a
 *   message each in t (category), u and x (intent); floors follow.
 * ac, ad, ae (2026-12-06: old work-unit compounds of Beijing, Tianjin and
 *   Xi'an; county towns of Henan, Anhui, Subei and Shandong; old Guangzhou
 *   and Foshan in written Cantonese) were first measured on 7f8a941:
 *   ad 0.984 / 0.962 / 1.000 / 1.000 / 0.962, every goal met; ac 0.992 /
 *   0.932 / 0.947 / 1.000 / 0.929 (location: "12号楼2门" is unit 2 in
 *   Beijing and Tianjin, read since b282332, so ac's location since is not
 *   unseen); ae 0.972 / 0.938 / 0.992 / 0.962 / 0.926 with 2.5% of its
 *   chatter answered in public (a lost key 跌咗 "dropped" read as a fall; a
 *   new shop's ad) and one report ignored (the Cantonese elder of b282332).
 * The corpus files dialects and bounds (2026-12-06) moved two reports each
 *   of h and ac to a category another writer would also give (a chicken
 *   coop in the stairwell: dispute or sanitation; a vegetable plot watered
 *   with manure: dispute or sanitation), one of s and v, and one intent of
 *   ae; over all 25 sets category rose 0.968 -> 0.970 and precision 0.965 ->
 *   0.972. Floors follow.
 * af, ag, ah (2026-12-06: relocation settlements of Guizhou, Yunnan and
 *   Guangxi; Zhangjiakou and Inner Mongolia after the coal-to-gas switch;
 *   Hainan's winter residents) were first measured on 5958623: af 0.988 /
 *   0.985 / 1.000 / 1.000 / 0.903, every goal met; ag 0.992 / 0.962 / 0.985 /
 *   0.963 / 1.000; ah 0.992 / 0.947 / 1.000 / 0.962 / 0.962, chatter answered
 *   in public 2.5% (a question about hearing aids read as one for the office;
 *   an old resident's musing on empty buildings). Both recall misses were a
 *   thing hanging loose over a door in a storm ("让风掀起来了", a guard post
 *   below); the rules read them since, so ag's and ah's recall is not unseen.
 * ai, aj, ak, al (2026-12-06: Wuhan, Nanjing, Hefei and Chongqing in a
 *   heatwave; coastal Shandong and Liaoning; Yunnan's tourist towns;
 *   Zhejiang's home-workshop towns) were first measured on 2d27486 (the
 *   model of 820e2b0): aj 0.984 / 0.977 / 0.985 / 1.000 / 0.929 and ak
 *   0.996 / 0.977 / 0.985 / 1.000 / 1.000 met every goal; ai 0.992 / 0.985 /
 *   1.000 / 0.960 / 1.000 (a pregnant woman shut in a lift: "电梯里关了个
 *   大肚子"); al 0.972 / 0.938 / 0.992 / 0.962 / 0.862 with 2.5% of chatter
 *   answered in public (a forwarded "【紧急扩散】" fire; "火花没了"; a bite
 *   with "血一直流" missed). Those went into the rules, so ai's and al's
 *   recall since is not unseen.
 * am, an, ao, ap (2026-12-06: Shanghai and southern Jiangsu in Wu; Fuzhou
 *   and southern Fujian in Min; new towns of the Pearl River Delta; the
 *   North China plain in winter) were first measured on 2ec325e (the model
 *   of 006b3ed): ao 0.992 / 0.977 / 0.992 / 1.000 / 1.000 met every goal;
 *   ap 0.988 / 0.985 / 0.992 / 1.000 / 0.862 and am 0.984 / 0.977 / 0.992 /
 *   0.962 / 0.962 with 2.5% of chatter answered in public; an 0.984 / 0.977
 *   / 0.947 / 0.962 / 0.962 with 1.3%. Their location misses (two flats,
 *   one the reporter's: "D栋1202…我家1102", "吾1302"; a room after a comma or
 *   colon; "花了三千八" read as a room) and recall misses (a grandson not back
 *   from school, "到现在快六点了还没见人影"; a small child alone at home
 *   crying all night) went into the rules, so their
 *   location and recall since are not unseen. The retraining with those rules
 *   moved one of h's reports (missing manhole covers by a kindergarten:
 *   safety or repair, writers give both) and its category floor is 0.92.
 * aq, ar, as, at (2026-12-06: Lanzhou and Xining in winter; the urban
 *   villages of Hangzhou, Ningbo and Wenzhou; retirement-heavy Dalian, Yantai
 *   and Qinhuangdao; Nanning, Liuzhou and Guilin in the rains) were first
 *   measured on bcd7451: at 0.988 / 0.978 / 1.000 / 1.000 / 1.000 met every
 *   goal; aq 0.984 / 0.985 / 1.000 / 1.000 / 0.862 with 2.6% of chatter
 *   answered in public (a rumour "群里有人说…着火…谁知道真假", a "紧急扩散！！！"
 *   forward); ar 0.992 / 0.954 / 0.992 / 0.960 / 1.000 (a hand crushed in a
 *   shoe press, "血流了一地"); as 0.992 / 0.962 / 1.000 / 0.960 / 0.960 (TV on
 *   day and night and "敲了两天门没人应"). Those went into the rules (forwards
 *   and rumours may not alarm, 血流了一地, 敲了…门), so aq's precision and ar's
 *   and as's recall since are not unseen.
 * au, av, aw, ax (2026-12-06: Shanxi's mining and factory compounds in
 *   winter; Changsha-Zhuzhou-Xiangtan high-rises; Shenyang, Anshan and
 *   Fushun's old factory housing; Hefei, Wuhu, Anqing and Nanchang in the
 *   plum rains) were first measured on 8b92914 (the model of 6326816): aw
 *   0.980 / 0.969 / 1.000 / 1.000 / 0.962 and ax 0.980 / 0.977 / 1.000 /
 *   1.000 / 1.000 met every goal; au 0.976 / 0.977 / 1.000 / 1.000 / 0.962
 *   with 2.5% of chatter answered in public (a mended heating pipe with "大家
 *   走路注意点"; a reminder to shut the door against frozen pipes); av 0.992 /
 *   0.940 / 0.985 / 1.000 / 0.893. Their false alarms (someone let out of a
 *   lift "已经出来了，没事" / "才放出来"; a lost child "讲不清住哪里" already with a
 *   neighbour; sparks "有时候" in ash) and av's location misses ("我是楼下1002的";
 *   "1单元、2单元" names no one unit) went into the rules, so those figures since
 *   are not unseen.
 * ay, az, ba, bb (2026-12-06: Beijing's commuter estates and Yanjiao;
 *   Dongguan and Shenzhen's rented village buildings; Xi'an, Xianyang and
 *   Baoji; Zhengzhou and Luoyang in the storm season) were first measured on
 *   4b684c4: az 0.996 / 0.985 / 0.992 / 1.000 / 0.962, ba 0.992 / 0.977 /
 *   1.000 / 1.000 / 0.963 and bb 0.988 / 0.962 / 1.000 / 1.000 / 1.000 met
 *   every goal; ay 0.988 / 0.969 / 1.000 / 0.920 / 1.000 (two men "抄着棍子";
 *   an outdoor unit "吊那儿晃悠" over a school gate in a wind "忒大"). Those and
 *   the false alarms ("差啲跌倒"; a car "困在里头") and az's location miss
 *   ("本人系3栋402租户，楼上502") went into the rules, so their figures since
 *   are not unseen.
 * bc, bd, be, bf (2026-12-06: Tianjin's lanes and Binhai; Suzhou and
 *   Wuxi's industrial parks and canal houses in Wu; inland Shandong; Ningbo
 *   and the Zhoushan islands) were first measured on bc64ad7: bf 0.988 /
 *   0.977 / 1.000 / 1.000 / 1.000 met every goal; bc 0.980 / 0.992 / 0.992 /
 *   1.000 / 0.893 ("快来人掏掏吧" about a sewer, a flooded car's insurance);
 *   bd 0.976 / 0.977 / 0.992 / 0.962 / 0.862 with 2.5% of chatter answered in
 *   public (a stroke, "说话说不清楚了半边身子动不了", missed; hearsay "听讲…真个
 *   假个", a video "不知道是不是真的", a snake "快来人抓一下" alarmed); be 0.968 /
 *   0.970 / 0.992 / 0.960 / 1.000 (a radiator "往外喷热水…还在往楼下淌"
 *   missed). The rules read those since ("十一零二" is 1102, "二门三楼" unit 2),
 *   so those figures are not unseen; be's intent stays under the goal.
 * bg, bh, bi, bj (2026-12-06: Lhasa and Nyingchi; the giant estates of
 *   Panyu and Huadu; Nanjing's lanes and old Yangzhou; Yinchuan and
 *   Shizuishan) were first measured on 3a4b9c1: bg 0.992 / 0.992 / 0.992 /
 *   1.000 / 1.000 and bj 0.984 / 0.962 / 1.000 / 1.000 / 1.000 met every goal;
 *   bh 0.984 / 0.954 / 1.000 / 0.962 / 1.000 (a boy "现在六点半了还没到家" off the
 *   estate bus); bi 0.992 / 0.946 / 0.992 / 0.960 / 0.923 (water "漫进堂屋…还在
 *   往上涨" missed; an old woman unseen for days "联系不上" read as missing). Those
 *   went into the rules, so their recall and precision since are not unseen.
 * bk, bl, bm, bn (2026-12-06: Changchun and Jilin's factory housing;
 *   Chongqing's hillside districts; Shijiazhuang, Baoding and Xingtai;
 *   Guiyang's high-rises) were first measured on f69a0b8: bn 0.988 / 0.977 /
 *   0.992 / 1.000 / 0.964 met every goal; bk 0.988 / 0.985 / 1.000 / 0.960 /
 *   1.000 (a bite, "血顺着裤腿往下淌"); bl 0.972 / 0.954 / 1.000 / 0.960 /
 *   1.000 (a gas valve hissing, told after "前几天群里有人说…": a rumour word
 *   quieted the whole message); bm 0.980 / 0.969 / 1.000 / 0.962 / 0.926 (a
 *   child "放学没回来…天都黑了两个多小时了"; people out of a lift "现在已经出来了
 *   没事" alarmed). Those went into the rules, so their recall and precision
 *   since are not unseen.
 * bo, bp, bq (2026-12-06: Hakka Ganzhou and Meizhou; Harbin; Yichang,
 *   Xiangyang and Shiyan) were first measured on 6c6235b (the model of
 *   9685956): bo 0.984 / 0.985 / 0.977 / 1.000 / 0.893 ("差滴子跌倒", "守倒地库",
 *   a cracked drain pipe alarmed; "503个陈伯" and "E棟1203：" not read as rooms);
 *   bp 0.976 / 0.977 / 1.000 / 0.920 / 0.958 with 2.5% of chatter answered in
 *   public (a cracked block of ice over a door as children come out, and
 *   "血止不住，顺着手往下滴" missed; a thank-you letter alarmed); bq 0.992 /
 *   0.947 / 0.985 / 0.960 / 0.960 (a basement pipe "冲开了，水哗哗地往配电房那边流"
 *   missed; "闻到煤气味千万莫开灯" advice alarmed; "十九栋两单元", "九零一还是九零二").
 *   Those went into the rules, so those figures since are not unseen.
 * br (2026-12-06: the coal towns of Huainan, Huaibei and Bengbu), first
 *   measured on 6c6235b as well (200 lines while its writer was still at
 *   work, then all 250 on the same commit): 0.992 / 0.977 / 1.000 / 1.000 /
 *   0.962, every goal met; its one false alarm (the Huai river "水涨得快")
 *   went into the rules.
 * bs, bt, bu, bv (2026-12-06: Jinan and Tai'an; Wuhan; Hangzhou's new
 *   districts; Urumqi) were first measured on 179255f: bu 0.984 / 0.992 /
 *   1.000 / 1.000 / 0.962 met every goal; bs 0.984 / 0.940 / 0.985 / 1.000 /
 *   0.926 (a boy waiting for parents "还没回来" read as missing; "网传视频…别跟着
 *   传谣" alarmed); bt 0.996 / 0.977 / 0.992 / 0.960 / 1.000 (a child "伢…到现在
 *   还冇回来" missed; "我们1701" not read as the reporter's flat); bv 0.988 /
 *   0.969 / 1.000 / 0.960 / 0.923 (a young man "天台边上坐着…腿都伸在外面"
 *   missed; an elder "扶到门卫室" alarmed). Those went into the rules.
 * bw, bx, by, bz (2026-12-06: Xiamen and Zhangzhou in Minnan; Hohhot and
 *   Baotou; Changsha's old lanes and Hunan county towns; Shanghai's
 *   shikumen lanes and workers' villages) were first measured on 2a633ac:
 *   bx 0.996 / 0.977 / 1.000 / 1.000 / 1.000 met every goal; bw 0.996 / 0.946
 *   / 1.000 / 1.000 / 0.962; by 0.992 / 0.992 / 1.000 / 0.923 / 0.960 (a line
 *   down in water that "电死" a dog; a child "到现在晚上八点还冇回屋"); bz 0.996 /
 *   0.985 / 0.892 / 0.960 / 0.960 (the lanes call a building "118号", read as
 *   a room; a mother-in-law "被锁在里面了" missed). Those went into the rules.
 * ca, cb, cc, cd (2026-12-06: southern Guangxi and Zhanjiang; Shanxi's
 *   resettlement estates and Datong; Chengdu; Qingdao) were first measured
 *   on 26ce932: ca 0.988 / 0.970 / 1.000 / 1.000 / 0.931 and cc 0.996 / 0.954
 *   / 1.000 / 1.000 / 1.000 met every goal; cb 0.972 / 0.985 / 1.000 / 1.000 /
 *   0.833 with 2.5% of chatter answered in public (a toilet that "水漫出来了";
 *   thanks for help after a fall "夜来"; a fire "年时" in another district);
 *   cd 0.996 / 0.940 / 1.000 / 0.923 / 0.960 (a bite "血流得挺多"; a broken
 *   bottle "攥着" in a fight missed). Those went into the rules; the retraining
 *   also lost ad's "广告牌要被风刮掉了！底下有人" (head-caught until then), which
 *   a rule reads since.
 * ce, cf, cg, ch (2026-12-06: Shantou and Chaozhou; Mianyang, Nanchong and
 *   Yibin; Qiqihar, Mudanjiang and Jiamusi; Beijing's hutongs) were first
 *   measured on 17c4ab8 and on the model of fb44751 (the first trained on
 *   g–cd), on the latter: ce 1.000 / 1.000 / 1.000 / 1.000 / 1.000, cf 0.992 /
 *   0.948 / 0.993 / 1.000 / 0.964, cg 1.000 / 0.993 / 1.000 / 1.000 / 1.000, ch
 *   0.992 / 0.962 / 0.992 / 1.000 / 0.962 (README has both). No rule was
 *   written for them; they were trained on once ci–cl had been first measured.
 * ci, cj, ck, cl (2026-12-06: Yanbian; Jiujiang, Jingdezhen and Shangrao;
 *   Tianshui, Pingliang and Qingyang; Jiangmen, Zhongshan and Zhuhai) were
 *   first measured on 2e2b63d: ci 0.996 / 0.992 / 0.992 / 0.885 / 1.000 (a
 *   feverish girl home alone who cannot stand, a roof shed flapping over the
 *   school path, a man face down in the snow, missed), cj 0.992 / 0.977 /
 *   1.000 / 1.000 / 1.000, ck 0.980 / 0.992 / 0.992 / 1.000 / 0.962, cl 1.000 /
 *   1.000 / 0.985 / 1.000 / 0.929. cm, cn, co, cp (Hulunbuir; Quanzhou, Jinjiang
 *   and Shishi; Zunyi, Bijie and Liupanshui; Xuzhou, Lianyungang and Suqian)
 *   on 68ac8a6: cm 0.996 / 0.985 / 0.992 / 1.000 / 0.926, cn 0.996 / 0.992 /
 *   1.000 / 0.962 / 1.000, co 0.992 / 1.000 / 0.992 / 1.000 / 1.000, cp 0.996
 *   / 0.992 / 1.000 / 1.000 / 1.000. Their misses went into the rules. A
 *   retraining with ci–cl alone was not adopted (its head vetoed two probe
 *   emergencies); the one with all eight (2026-12-06, after cq–ct were
 *   written) lost no emergency and raised no false alarm on any labelled line,
 *   and was adopted.
 * cq, cr, cs, ct (2026-12-06: Haikou, Sanya, Danzhou and Qionghai; Xining,
 *   Haidong and Golmud; Liuzhou, Guilin and Nanning; Fuyang, Bozhou, Suzhou and
 *   Huaibei), first measured on 81bff3a (the model trained on the corpus and
 *   g–cp): intent / category / location / recall / precision cq 0.992 / 0.985 /
 *   1.000 / 1.000 / 1.000, cr 1.000 / 0.985 / 0.992 / 1.000 / 1.000, cs 0.996 /
 *   0.977 / 0.969 / 1.000 / 0.962, ct 1.000 / 1.000 / 1.000 / 0.960 / 1.000; no
 *   chatter answered in public, no report ignored: cq and cr met every goal.
 *   ct's miss (a boy stuck in a lift "现在还在里面", told after last month's
 *   faults, and "灯也灭了" read as a fire put out), cs's false alarm (a man
 *   "120已经拉走了，人醒了") and two of cs's places ("B区037号", a gas smell
 *   in 4单元 in a long message that names 2单元 first) went into the rules
 *   (15143ca): ct's recall, cs's precision and location since are no longer
 *   unseen figures.
 *   They were trained on once cu–cx and cy–db had been first measured: the
 *   first retraining with them (after cu–cx) vetoed the switch-room probe
 *   line again and was not adopted; the second, after a rule that lets no
 *   head veto sparks seen or heard now, lost nothing.
 */
import { checkBlindSet, type BlindFloor } from './blind-set-checks';

// chatterPublic: the share of chatter answered in public, where a set misses the goal of 2%.
const FLOORS: Record<string, BlindFloor> = {
  g: { intent: 0.95, category: 0.95, location: 0.97, recall: 1 },
  h: { intent: 0.95, category: 0.92, location: 0.97, recall: 1 },
  i: { intent: 0.97, category: 0.92, location: 0.97, recall: 1 },
  j: { intent: 0.97, category: 0.94, location: 0.97, recall: 0.92 },
  k: { intent: 0.98, category: 0.97, location: 0.99, recall: 1 },
  l: { intent: 0.99, category: 0.94, location: 0.99, recall: 1 },
  m: { intent: 0.99, category: 0.97, location: 0.99, recall: 1 },
  n: { intent: 0.98, category: 0.95, location: 0.97, recall: 1 },
  o: { intent: 0.98, category: 0.94, location: 0.99, recall: 1 },
  p: { intent: 0.98, category: 0.95, location: 0.99, recall: 0.95 },
  q: { intent: 0.99, category: 0.96, location: 0.99, recall: 1 },
  r: { intent: 0.99, category: 0.95, location: 0.98, recall: 1 },
  s: { intent: 0.99, category: 0.97, location: 0.97, recall: 0.95 },
  t: { intent: 0.99, category: 0.97, location: 0.99, recall: 1 },
  u: { intent: 0.98, category: 0.98, location: 0.99, recall: 1 },
  v: { intent: 0.99, category: 0.98, location: 0.98, recall: 1 },
  w: { intent: 0.99, category: 0.97, location: 0.99, recall: 1 },
  x: { intent: 0.98, category: 0.96, location: 0.99, recall: 1 },
  y: { intent: 0.96, category: 0.95, location: 0.98, recall: 1 },
  z: { intent: 0.98, category: 0.96, location: 0.99, recall: 1 },
  aa: { intent: 0.97, category: 0.93, location: 0.99, recall: 1 },
  ab: { intent: 0.97, category: 0.95, location: 0.98, recall: 1 },
  ac: { intent: 0.99, category: 0.91, location: 0.99, recall: 1 },
  ad: { intent: 0.98, category: 0.96, location: 0.99, recall: 1 },
  ae: { intent: 0.96, category: 0.94, location: 0.99, recall: 1, chatterPublic: 0.025 },
  af: { intent: 0.98, category: 0.96, location: 0.99, recall: 1 }, // 0.985 first, 0.977 after the retraining of ai–al, 0.970 after the rules from the probes (a child locked in with a pot on: repair or assistance)
  ag: { intent: 0.99, category: 0.96, location: 0.98, recall: 1 },
  ah: { intent: 0.99, category: 0.94, location: 0.99, recall: 1, chatterPublic: 0.026 }, // 2 of 79
  ai: { intent: 0.99, category: 0.98, location: 0.99, recall: 1 },
  aj: { intent: 0.98, category: 0.96, location: 0.98, recall: 1 }, // 0.977 first; one report moved in the retraining of bw–bz
  ak: { intent: 0.99, category: 0.97, location: 0.98, recall: 1 },
  al: { intent: 0.96, category: 0.93, location: 0.99, recall: 1 }, // 0.972 first; 0.968 after the retraining of bk–bn (borderline chatter moved to triage)
  am: { intent: 0.98, category: 0.97, location: 0.99, recall: 1 },
  an: { intent: 0.98, category: 0.97, location: 0.99, recall: 1 },
  ao: { intent: 0.99, category: 0.97, location: 0.99, recall: 1 },
  ap: { intent: 0.98, category: 0.98, location: 0.99, recall: 1 },
  aq: { intent: 0.99, category: 0.98, location: 0.99, recall: 1 },
  ar: { intent: 0.99, category: 0.95, location: 0.99, recall: 1 },
  as: { intent: 0.98, category: 0.96, location: 0.99, recall: 1 }, // 0.992 first; 0.988 after the retraining of bk–bn
  at: { intent: 0.98, category: 0.97, location: 0.99, recall: 1 },
  au: { intent: 0.97, category: 0.97, location: 0.99, recall: 1, chatterPublic: 0.025 }, // 2 of 80
  av: { intent: 0.99, category: 0.93, location: 0.99, recall: 1 }, // 125 of 133
  aw: { intent: 0.98, category: 0.96, location: 0.99, recall: 1 },
  ax: { intent: 0.98, category: 0.97, location: 0.99, recall: 1 },
  ay: { intent: 0.98, category: 0.96, location: 0.99, recall: 1 },
  az: { intent: 0.99, category: 0.98, location: 0.99, recall: 1 },
  ba: { intent: 0.99, category: 0.97, location: 0.99, recall: 1 },
  bb: { intent: 0.98, category: 0.96, location: 0.99, recall: 1 },
  bc: { intent: 0.98, category: 0.99, location: 0.99, recall: 1 },
  bd: { intent: 0.97, category: 0.97, location: 0.99, recall: 1 },
  be: { intent: 0.96, category: 0.96, location: 0.99, recall: 1 },
  bf: { intent: 0.98, category: 0.97, location: 0.99, recall: 1 },
  bg: { intent: 0.99, category: 0.99, location: 0.99, recall: 1 },
  bh: { intent: 0.98, category: 0.96, location: 0.99, recall: 1 },
  bi: { intent: 0.99, category: 0.94, location: 0.99, recall: 1 },
  bj: { intent: 0.98, category: 0.96, location: 0.99, recall: 1 },
  bk: { intent: 0.98, category: 0.98, location: 0.99, recall: 1 },
  bl: { intent: 0.97, category: 0.95, location: 0.99, recall: 1 }, // 0.954 first, as now
  bm: { intent: 0.97, category: 0.97, location: 0.99, recall: 1 }, // 0.980 first, 0.976 after the retraining of bo–bq
  bn: { intent: 0.98, category: 0.97, location: 0.99, recall: 1 },
  bo: { intent: 0.98, category: 0.98, location: 0.99, recall: 1 },
  bp: { intent: 0.97, category: 0.98, location: 0.99, recall: 1 },
  bq: { intent: 0.99, category: 0.94, location: 0.99, recall: 1 },
  br: { intent: 0.99, category: 0.97, location: 0.99, recall: 1 },
  bs: { intent: 0.98, category: 0.93, location: 0.98, recall: 1 },
  bt: { intent: 0.99, category: 0.97, location: 0.99, recall: 1 },
  bu: { intent: 0.98, category: 0.99, location: 0.99, recall: 1 },
  bv: { intent: 0.98, category: 0.96, location: 0.99, recall: 1 },
  bw: { intent: 0.99, category: 0.94, location: 0.99, recall: 1 },
  bx: { intent: 0.99, category: 0.97, location: 0.99, recall: 1 },
  by: { intent: 0.99, category: 0.99, location: 0.99, recall: 1 },
  bz: { intent: 0.99, category: 0.98, location: 0.99, recall: 1 },
  ca: { intent: 0.98, category: 0.96, location: 0.99, recall: 1 }, // 128 of 132
  cb: { intent: 0.97, category: 0.98, location: 0.99, recall: 1 },
  cc: { intent: 0.99, category: 0.95, location: 0.99, recall: 1 },
  cd: { intent: 0.99, category: 0.94, location: 0.99, recall: 1 },
  ce: { intent: 0.99, category: 0.99, location: 0.99, recall: 1 },
  cf: { intent: 0.99, category: 0.94, location: 0.99, recall: 1 },
  cg: { intent: 0.99, category: 0.99, location: 0.99, recall: 1 },
  ch: { intent: 0.99, category: 0.96, location: 0.99, recall: 1 },
  ci: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.99 },
  cj: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.99 },
  ck: { intent: 0.98, category: 0.99, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.026 },
  cl: { intent: 0.99, category: 0.99, location: 0.98, recall: 1, precision: 0.99 },
  cm: { intent: 0.99, category: 0.98, location: 0.99, recall: 1, precision: 0.96 },
  cn: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.99 },
  co: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.99 },
  cp: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.99 },
  cq: { intent: 0.99, category: 0.98, location: 0.99, recall: 1, precision: 0.99 },
  cr: { intent: 0.99, category: 0.98, location: 0.99, recall: 1, precision: 0.99 },
  cs: { intent: 0.99, category: 0.97, location: 0.98, recall: 1, precision: 0.99 },
  ct: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.99 },
};

for (const [name, floor] of Object.entries(FLOORS)) {
  checkBlindSet(`blind/blind-${name}.jsonl`, `blind set ${name}, first measured unseen, now trained on`, floor);
}
