/**
 * Blind sets the committed model has never trained on (tests/fixtures/unseen/),
 * 250 messages each, written by helpers who never saw the model or the code
 * (docs/labelling.md, "How a blind set is written"). scripts/intake/data.ts
 * does not read this folder; when the next sets have been first measured,
 * these move to tests/fixtures/blind/ and into training, if the retrained
 * model holds up (docs/intake.md), with their floors and history
 * (tests/parse/measured-blind.test.ts).
 *
 * hs, ht, hu, hv (2026-12-07: Zaozhuang and Tengzhou; Rizhao and Juxian;
 *   Dongying and Binzhou, oilfield estates; Aksu and Kuqa), first measured
 *   on 2585352: hs 0.996 / 0.938 / 0.992 / 0.960 / 1.000 (1 chatter in
 *   public), ht 1.000 / 0.977 / 1.000 / 0.920 / 1.000, hu 0.992 / 0.923 /
 *   0.992 / 0.800 / 0.952, hv 0.992 / 0.985 / 1.000 / 1.000 / 0.962 (1
 *   chatter in public), met every goal; 92 of 100 emergencies caught (89
 *   with the passage reading switched off). Missed: "楼下有人打架"; a
 *   neighbour alone "在屋里喊，敲门不开，声音越来越小了"; a smell of rotten
 *   eggs in a kitchen with the valve shut "还是有味"; an old man alone who
 *   "腰疼得下不了床"; a man "拎着根镐把子…喊着要弄死对面那家"; a cracked
 *   heating pipe "往外呲水…漫到门口了" and the old man cannot reach the
 *   valve; a young man "又站在顶楼边上了"; a grandson bitten by a dog,
 *   "见血了，正哭着呢". Six went into the rules (a cry growing fainter,
 *   blood drawn, a pick handle and a threat to kill, a roof edge stood on,
 *   a pipe spraying onto a wet floor, "是不是漏气" is no all-clear), with the
 *   forward's false alarm ("转…：" opens a forward). Not read: a fight with
 *   no weapon and no injury (the rules call that urgent, not an emergency)
 *   and back pain that keeps a man in bed (care, by 6 of 7 such labels);
 *   the model trained with cu–hr hears the latter.
 * hw, hx, hy, hz (2026-12-07: Liaoyang and the Anshan steel towns;
 *   Pingdingshan and Jiaozuo coal towns; Luzhou and Deyang; Ya'an and
 *   Meishan), the first sets measured on the model trained with cu–hr,
 *   first measured on 080ed2c: hw 0.996 / 0.962 / 1.000 / 1.000 / 1.000,
 *   met every goal; hx 0.992 / 0.993 / 1.000 / 0.960 / 1.000; hy 0.996 /
 *   0.931 / 0.985 / 1.000 / 0.962 (1 chatter in public); hz 1.000 / 0.969 /
 *   0.992 / 1.000 / 0.962, met every goal; 99 of 100 emergencies caught, the
 *   same with the passage reading switched off. Missed: smoke from a
 *   basement "烟从地下室门口冒出来了往楼道里走". False alarms: a gas smell
 *   explained as "隔壁在熬腊肉…没事", a roof tank overflowing down the stairs
 *   (labelled both ways by writers). The miss and the cooking smell went
 *   into the rules ("烟从…冒出来", unless from a fire lit to cook on; 熬 and
 *   卤 explain a smell as cooking).
 * ia, ib, ic, id (2026-12-07: Xinxiang; Mangshi and Ruili; Xiantao,
 *   Qianjiang and Tianmen; Zhanjiang, Lianjiang and Leizhou), first measured
 *   on c2c2b4d: ia 1.000 / 0.985 / 0.992 / 0.960 / 1.000; ib 0.996 / 0.969 /
 *   1.000 / 1.000 / 1.000, met every goal; ic 0.992 / 0.938 / 1.000 / 1.000
 *   / 0.962; id 0.992 / 0.962 / 0.992 / 1.000 / 0.962, met every goal; 99 of
 *   100 emergencies caught (98 with the passage reading switched off).
 *   Missed: a poplar "被风刮得嘎吱嘎吱响，已经歪了，根都翘起来了" with cars
 *   and people sheltering under it, told after the rain and the market.
 *   False alarms: someone prying at an e-bike now (a theft the rules call an
 *   emergency; its writer did not); a child often alone crying at night.
 *   The miss went into the rules: a tree uprooting with people still under it.
 * ie, if, ig, ih (2026-12-07: Kangding and Barkam; Lingbao and Yima;
 *   Macheng and Wuxue; Yingde and Yangchun), first measured on 46d2e12: ie
 *   1.000 / 0.977 / 0.992 / 1.000 / 0.962, met every goal; if 1.000 / 0.985
 *   / 0.992 / 0.962 / 0.926; ig 1.000 / 0.977 / 0.992 / 0.960 / 1.000; ih
 *   0.988 / 0.969 / 1.000 / 1.000 / 1.000 (1 report ignored), met every
 *   goal; 99 of 101 emergencies caught (98 with the passage reading switched
 *   off). Missed: water dripping from a ceiling lamp that flickered and
 *   "啪的一声没电了"; a lift "关了个伢在里头，卡在5楼和6楼中间". False alarms:
 *   a lost child a neighbour is already minding ("我先在这里陪到他的"), a
 *   burnt smell from an e-bike in a lift "这回没出事", a couple quarrelling
 *   "没听见喊救命". All five went into the rules (someone shut in a lift,
 *   water through a lamp with a flash or a pop, a child minded "在这里陪到",
 *   "没出事", a cry for help denied).
 * ii, ij, ik, il (2026-12-07: Guang'an and Huaying; Zhongxiang and
 *   Jingshan; Huazhou, Gaozhou and Xinyi, Cantonese and Hakka; Huangmei and
 *   Qichun), first measured on fa1878a: ii 0.996 / 0.977 / 1.000 / 1.000 /
 *   0.962 (1 chatter in public), met every goal; ij 0.996 / 0.992 / 1.000 /
 *   1.000 / 0.962 (1 chatter in public), met every goal; ik 0.992 / 0.948 /
 *   0.993 / 0.880 / 1.000; il 0.992 / 0.969 / 1.000 / 0.960 / 0.960; 96 of
 *   100 emergencies caught, the same with the passage reading switched off.
 *   Missed (ik, Cantonese): children "爬上咗女儿墙，冇大人睇住" on a roof; a
 *   dog bite "出血㗎，而家都仲流紧"; burning branches in an orchard, "啲火已经
 *   烧过咗围栏，烧紧近住9栋"; (il) a gas pipe taken out by decorators, "屋里
 *   一股好重的气味，工人还在抽烟". False alarms: a junction box hot, "已经把
 *   闸拉了，明天请电工"; a forward "【转】…充电起火"; "自来水管爆了" outside
 *   a door, labelled no emergency. The four misses and the first two false
 *   alarms went into the rules (a child on a parapet with no adult, bleeding
 *   "仲流紧", a fire past a fence, a gas pipe taken out with a smell, "【转】",
 *   a fault switched off till tomorrow); floors raised to what they now read.
 * im, in, io, ip (2026-12-07: Shunde and Nanhai, Cantonese; Puning and
 *   Huilai, Teochew; Wuhua and Xingning, Hakka; Nanxiong and Renhua), first
 *   measured on 2da16aa: im 0.972 / 0.946 / 0.985 / 1.000 / 1.000 (1 chatter
 *   in public); in 1.000 / 0.969 / 0.985 / 1.000 / 0.926, met every goal;
 *   io 0.996 / 0.992 / 0.992 / 1.000 / 1.000, met every goal; ip 1.000 /
 *   0.992 / 0.985 / 1.000 / 1.000, met every goal; 100 of 100 emergencies
 *   caught, the same with the passage reading switched off. False alarms
 *   (in): strangers sleeping in an empty house "夜间有火光，惊伊烧起来"; a
 *   water heater's flue into the stairwell "每次洗澡楼道都是烟气".
 * iq, ir, is, it (2026-12-07: Enping and Heshan, Siyi Cantonese; Lufeng and
 *   Haifeng, Hoklo; Yushu; Fuling, Chongqing speech), first measured on
 *   0af7665: iq 0.992 / 0.946 / 0.985 / 0.960 / 1.000; ir 0.996 / 0.985 /
 *   1.000 / 0.920 / 1.000; is 0.996 / 0.977 / 1.000 / 0.880 / 1.000; it
 *   0.996 / 0.992 / 0.977 / 0.960 / 1.000; 93 of 100 emergencies caught (92
 *   with the passage reading off), no false alarm. Missed: a lift "停咗喺五楼同
 *   六楼中间" with children "喺入面"; "电梯里头有人按铃按了好半天"; water "漫过
 *   第一排车的轮胎一半"; snowmelt "一指深了还在往里淌"; pink sputum and "嘴唇乌
 *   的" at altitude; a child in the river "头一冒一冒的"; a sign "在半空摆" over
 *   a bus stop as the wind rises. All seven went into the rules; floors
 *   raised to what they now read (100/100, still no false alarm).
 * iu, iv, iw, ix (2026-12-07: Altay; Mohe; Boluo and Longmen, Cantonese and
 *   Hakka; Chaoyang and Chenghai, Teochew), first measured on 016bd95: iu
 *   0.996 / 0.954 / 0.992 / 0.880 / 0.917; iv 1.000 / 0.954 / 0.992 / 0.960 /
 *   0.960; iw 1.000 / 0.985 / 1.000 / 0.920 / 1.000; ix 0.992 / 0.946 /
 *   0.992 / 0.960 / 0.923 (1 chatter in public); 93 of 100 emergencies
 *   caught, the same with the passage reading off. Missed: children on ice
 *   "发黑冒水"; an elder sat on ice "腿动不了"; a man under roof snow, "只露着他
 *   的铁锹把"; a leak "成线了"; a lift between floors, Hakka "在里背敲门"; "5楼烟
 *   好大"; water "浸到车轮一半". False alarms: "没冒火花"; "差点…撞倒"; "燎猪头，
 *   没啥事儿"; a fight "后来派出所来带走了"; "啤机开到冒烟" (heat). The
 *   misses and the first four false alarms went into the rules; floors raised.
 * iy, iz, ja, jb (2026-12-07: Wuchuan; Lianzhou and Yangshan; Conghua and
 *   Zengcheng; Luoding and Yunan), first measured on 803f361: iy 1.000 /
 *   0.946 / 0.992 / 0.960 / 1.000; iz 1.000 / 0.985 / 1.000 / 1.000 / 0.962,
 *   met every goal; ja 1.000 / 0.969 / 1.000 / 1.000 / 1.000, met every
 *   goal; jb 0.996 / 0.923 / 0.985 / 0.960 / 0.960; 98 of 100 emergencies
 *   caught (97 with the passage reading off). Missed (Cantonese): a charging
 *   scooter battery "冒紧白烟"; a wall "塌咗，阿叔喺下面叫，只脚压住拉唔出". False
 *   alarms: a water heater "打唔着火…唔系漏气" (iz, jb). All four went into
 *   the rules; floors raised (100/100, no false alarm).
 * jc, jd, je, jf (2026-12-07: Linxia; Jinghong, Xishuangbanna; Jishou and
 *   Fenghuang, Xiangxi; Raoping and Nan'ao, Teochew), first measured on
 *   633c75d: jc 1.000 / 0.962 / 1.000 / 1.000 / 1.000, met every goal; jd
 *   0.996 / 0.969 / 1.000 / 0.960 / 0.960; je 0.996 / 1.000 / 1.000 / 1.000
 *   / 0.962 (1 chatter in public), met every goal; jf 1.000 / 0.954 / 1.000
 *   / 1.000 / 0.926, met every goal; 99 of 100 emergencies caught (98 with
 *   the passage reading off). Missed: smoke from a holiday flat "冒出来的烟是
 *   黑的，一股股往外翻", buried in a message about barbecue fumes. False
 *   alarms: "满屋子都是烟子味" (a fire pit), "险险跌倒" (Teochew, nearly
 *   fell), dogs scratching at a door and a sprained ankle (both the head's).
 *   The miss and the first two false alarms went into the rules.
 * jg, jh, ji, jj (2026-12-07: Barkam and Wenchuan, Aba; Hezuo and Xiahe,
 *   Gannan; Lushui and Fugong, Nujiang; Duyun and Libo, Qiannan), first
 *   measured on 91246e7: jg 1.000 / 0.946 / 0.992 / 1.000 / 1.000; jh 1.000
 *   / 0.954 / 1.000 / 0.960 / 0.923; ji 1.000 / 0.992 / 1.000 / 0.920 /
 *   1.000; jj 1.000 / 0.977 / 1.000 / 0.960 / 1.000; 96 of 100 emergencies
 *   caught (95 with the passage reading off). Missed: a drunk "提着铁锨" in
 *   pursuit; a neighbour's "气罐的味道…这会儿更浓了"; a child in a building-site
 *   pit "爬不出来"; a cylinder hose "呼呼的在冒白气". False alarms: a meter
 *   hissing with no smell, checked; tyres burnt daily to light a stove. The
 *   four misses went into the rules; floors raised (100/100).
 * jk, jl, jm, jn (2026-12-07: Shangri-La, Diqing; Gejiu and Mengzi, Honghe;
 *   Xunwu and Dingnan, Hakka; Sihui and Huaiji, Cantonese), first measured on
 *   16d6a21: jk 1.000 / 0.977 / 1.000 / 0.960 / 0.923; jl 0.996 / 0.977 /
 *   0.985 / 0.960 / 0.960 (1 chatter in public); jm 0.996 / 0.954 / 0.985 /
 *   0.960 / 1.000; jn 0.992 / 0.969 / 1.000 / 1.000 / 0.926 (1 chatter in
 *   public), met every goal; 97 of 100 emergencies caught, the same with the
 *   passage reading off. Missed: a flue "烧得通红…在冒青烟" by wooden boards;
 *   a crack widening over old mine tunnels, "杯子自己在晃"; stray dogs "围着一个
 *   细妹子在叫". False alarms: sparks "后来就么得了"; a sleeping driver "喊都喊
 *   不醒"; a reminder to call 119; "会唔会漏电"; a gas smell "已经整好，冇事喇".
 *   "冒青烟", "后来就么得了" and "会唔会" went into the rules (jk 25/25).
 * jo, jp, jq, jr (2026-12-07: Maqin, Golog, Qinghai Mandarin; Jiaoling and
 *   Pingyuan, Hakka; Xuwen and Leizhou, Leizhou Min; Mangshi and Ruili,
 *   Dehong), first measured on 04d1dda: jo 0.988 / 0.977 / 1.000 / 1.000 /
 *   0.926 (1 chatter in public), met every goal; jp 1.000 / 0.985 / 0.992 /
 *   0.960 / 0.923; jq 0.992 / 0.969 / 1.000 / 1.000 / 0.962, met every goal;
 *   jr 0.988 / 0.985 / 0.985 / 1.000 / 0.962 (2 chatter in public); 99 of 100
 *   emergencies caught, the same with the passage reading off. Missed: a big
 *   tree "被風吹到快倒了" over a bus stop where people shelter. False alarms: a
 *   gas smell last night, "已经没事了"; tyres burnt for warmth near the bike
 *   shed; a burst pipe spraying the stairwell (labelled no emergency, twice);
 *   pomelo peel burnt, black smoke drifting; a burnt smell "是隔壁在炒干巴".
 * js, jt, ju, jv (2026-12-07: Delingha and Ulan, Haixi; Zijin and Longchuan,
 *   Hakka; Rongjiang and Congjiang, Qiandongnan; Jiexi, Teochew and Hakka),
 *   first measured on c3214b9: js 0.992 / 0.954 / 0.977 / 1.000 / 0.926 (1
 *   chatter in public), met every goal; jt 0.996 / 1.000 / 1.000 / 0.960 /
 *   1.000; ju 1.000 / 0.992 / 1.000 / 1.000 / 0.926, met every goal; jv 0.988
 *   / 1.000 / 0.992 / 1.000 / 0.962 (2 chatter in public); 99 of 100
 *   emergencies caught (98 with the passage reading off). Missed: again a
 *   banyan "吹到快倒了" with old men sheltering under it. False alarms: a
 *   radiator "爆了" (terse); a coal ad "好烧不冒烟"; a TV without signal (the
 *   head alone); a burst pipe "一直冒水"; rain pouring into an open manhole.
 * jw, jx, jy, jz (2026-12-07: Hotan and Moyu, Xinjiang Mandarin; Dabu and
 *   Fengshun, Hakka; Dianbai and Yangxi, west Guangdong; Shennongjia, western
 *   Hubei), first measured on 0db7920: jw 0.980 / 0.969 / 1.000 / 1.000 /
 *   1.000, met every goal; jx 0.992 / 0.985 / 0.969 / 1.000 / 0.962 (1
 *   chatter in public); jy 0.996 / 0.985 / 0.992 / 1.000 / 0.962, met every
 *   goal; jz 0.996 / 0.985 / 1.000 / 0.920 / 1.000; 98 of 100 emergencies
 *   caught, the same with the passage reading off. Missed: a grandfather with
 *   dementia "四个多钟头了还冇回来" in the snow; a pine cracking under snow,
 *   leaning over the road, "下面还有伢在过". False alarms: a cry for help that
 *   was a TV drama, told as a joke; a burst pipe "水一直喷" (labelled no
 *   emergency).
 * ka, kb, kc, kd (2026-12-07: Luhe, Hakka; Ledu and Huzhu, Haidong; Dunhua
 *   and Fuyuan, the north-east; Chamdo and Nagqu, Tibet), first measured on
 *   791d80c: ka 0.992 / 0.985 / 1.000 / 0.960 / 0.857 (2 chatter in public);
 *   kb 1.000 / 0.992 / 1.000 / 0.960 / 0.923; kc 0.972 / 0.985 / 1.000 /
 *   1.000 / 0.893 (1 chatter in public); kd 0.992 / 0.992 / 1.000 / 1.000 /
 *   0.962 (1 chatter in public, 1 report ignored), met every goal; 98 of 100
 *   emergencies caught (97 with the passage reading off). Missed: a gas smell
 *   with a hiss behind a door nobody answers, in a long message that also
 *   passes on hearsay ("听说"); a worker buried to the waist by a slipped
 *   slope, "人还在喊". False alarms, mostly dangers told as over: a lift that
 *   trapped a neighbour, "现在没事了"; a chimney fire put out; a lift that
 *   dropped two floors, "都没伤着"; a gas smell "昨晡夜…今晡朝晨…冇了"; a
 *   rumour of a jumper "早就劝下来了"; a flood warning to keep children off
 *   the stream; a dung-cake ad "烧起来旺得很"; and, by the head alone, a lost
 *   child already in the gatehouse, ice over a window, a young man "活着没意思".
 * ke, kf, kg, kh (2026-12-07: Lianping and Heping, Hakka; Ruyuan, Yao and
 *   Hakka; Lechang and Shixing, northern Guangdong; Xilinhot and Linhe, Inner
 *   Mongolia), first measured on 027a34a: ke 0.996 / 0.985 / 1.000 / 1.000 /
 *   0.962 (1 chatter in public), met every goal; kf 0.996 / 0.992 / 0.985 /
 *   1.000 / 0.962 (1 chatter in public), met every goal; kg 1.000 / 0.969 /
 *   0.985 / 1.000 / 0.833; kh 1.000 / 0.992 / 0.992 / 1.000 / 1.000, met every
 *   goal; 100 of 100 emergencies caught (99 with the passage reading off).
 *   False alarms: heavy rain and peaches falling; a flood warning "莫跌倒"; a
 *   paper fire on the stairs put out last night; a gas smell checked, "而家
 *   已经冇味了"; and, by the head alone, two old men not seen for days (no
 *   sign inside) and a girl locked out, already fed by a neighbour.
 * After ke-kh: the misses of jo-kd went into the rules (a tree about to fall
 *   with people under it, someone buried to the waist, "出去转一下" as a
 *   stroll, a doubt "另外…真的假的" about another matter) with the false alarms
 *   "不冒烟", "烧起来旺得很", a smell explained "吓我一跳", a fogger, tyres
 *   burnt for warmth; model retrained; floors raised (jo-kh 500/500).
 * ki, kj, kk, kl (2026-12-07: Dongyuan and Xinfeng, Hakka; Lianshan and
 *   Liannan, Zhuang and Yao; Tsetang, Shannan; Bayanhot and Ejin, Alxa),
 *   first measured on bb8274c (40bebf4 reads them the same): ki 0.992 /
 *   0.992 / 0.977 / 0.960 / 1.000; kj 0.988 / 0.992 / 0.992 / 0.960 / 1.000;
 *   kk 1.000 / 0.985 / 0.992 / 0.960 / 1.000; kl 0.996 / 0.992 / 1.000 /
 *   1.000 / 0.926, met every goal; 97 of 100 emergencies caught (95 with the
 *   passage reading off). Missed: a tree creaking, roots up, over a bus
 *   shelter where "十几只人在等车避雨" (Hakka "棚下背"); a TV on "日头夜晚" and a
 *   moan "入面…哼咗两声" behind a locked door (Cantonese); a shop sign hanging
 *   by one corner, swinging, "下面全是人". False alarms: a lost grandmother
 *   already in the gatehouse (the head alone); a lift that trapped two last
 *   night, "幸好人没事".
 * km, kn, ko, kp (2026-12-07: Fuding and Xiapu, Eastern Min; Shouning and
 *   Zhouning, mountain Eastern Min; Changting and Shanghang, Fujian Hakka;
 *   Yongding and Wuping, Hakka), first measured on 7ff6d09: km 1.000 / 0.992
 *   / 0.992 / 1.000 / 0.926, met every goal; kn 1.000 / 0.992 / 1.000 /
 *   1.000 / 1.000, met every goal; ko 1.000 / 1.000 / 0.985 / 1.000 / 1.000,
 *   met every goal; kp 0.996 / 1.000 / 0.985 / 0.960 / 0.960; 99 of 100
 *   emergencies caught, the same with the passage reading off. Missed: a
 *   camphor tree split "咔的一声", leaning over the pavement where "学生放学都从
 *   那里走". False alarms: a gas smell last night, "今天早上已经没味了"; a lift
 *   that stopped with four inside this morning, "还好都没受伤" (the head
 *   alone); a drain pipe burst upstairs with nobody home (Hakka).
 * After km-kp: the misses of ki-kp went into the rules (a sign "只挂一个角",
 *   a TV "日头夜晚" and a moan "入面", people "下背" or passing under a tree
 *   about to fall, and "随时要飞下来", a catch the retraining had lost),
 *   with a cry for help that was a show on a phone; model retrained; floors
 *   raised (ki-kp 200/200).
 * kq, kr, ks, kt (2026-12-07: Taining and Jianning, northwest Fujian;
 *   Ninghua, Qingliu and Liancheng, Hakka; Gutian and Pingnan, Eastern Min;
 *   Bengbu, Anhui), first measured on 5c70196: kq 0.996 / 1.000 / 0.985 /
 *   1.000 / 0.962 (1 chatter in public); kr 0.992 / 0.977 / 0.985 / 1.000 /
 *   1.000 (1 chatter in public); ks 0.984 / 0.992 / 1.000 / 1.000 / 0.962 (1
 *   chatter in public); kt 1.000 / 0.992 / 1.000 / 1.000 / 1.000; all four met
 *   every goal; 100 of 100 emergencies caught (99 with the passage reading
 *   off). False alarms: a reminder not to sit shelling lotus seeds in the sun,
 *   "中暑唔得了"; an e-bike battery that smoked last night, "没烧起来".
 * ku, kv, kw, kx (2026-12-07: Nenjiang, Bei'an and Wudalianchi, Heihe;
 *   Zhangping and Datian, Fujian; Hekou and Pingbian, Honghe border; Shaxian,
 *   Yong'an and Youxi, Sanming), first measured on c06c631: ku 0.988 / 0.992
 *   / 0.992 / 0.960 / 0.923 (1 chatter in public); kv 0.996 / 0.992 / 1.000 /
 *   1.000 / 1.000, met every goal; kw 0.996 / 1.000 / 1.000 / 1.000 / 0.962,
 *   met every goal; kx 1.000 / 1.000 / 1.000 / 1.000 / 0.926, met every goal;
 *   99 of 100 emergencies caught (98 with the passage reading off). Missed: a
 *   grandfather with dementia gone four hours at thirty below, the message
 *   ending "网格员帮忙往各群转一下" (read as a forward). False alarms: lagging
 *   set alight thawing a pipe, put out, wires bared; a gas smell explained,
 *   "现在没味儿了"; rain running down a socket; a confused old man already sat
 *   in a shop (the head alone); a lift stopped "好在里面没人".
 *   After: "帮忙往各群转一下" is no forward, and a lift "…里面" followed by "没人"
 *   is empty (rules; no retraining needed); ku 25/25, kx one false alarm fewer.
 * ky, kz, la, lb (2026-12-07: Wuchang and Shangzhi, Harbin; Shandan and
 *   Minle, Zhangye; Laifeng, Xianfeng and Xuan'en, Enshi; Zigui, Xingshan and
 *   Badong, the Three Gorges), first measured on f213444: ky 0.988 / 0.992 /
 *   1.000 / 1.000 / 0.962 (1 chatter in public), met every goal; kz 0.996 /
 *   1.000 / 1.000 / 1.000 / 0.962 (1 chatter in public), met every goal; la
 *   1.000 / 1.000 / 0.977 / 0.920 / 0.920; lb 0.992 / 0.977 / 0.992 / 1.000 /
 *   0.893 (2 chatter in public); 98 of 100 emergencies caught, the same with
 *   the passage reading off. Missed: an old woman not seen for days, "屋里头
 *   哎哟哎哟的在叫" behind a bolted door; stones falling on a path "还有人在走".
 *   False alarms: a burnt smell that was sweet potatoes roasting; a relayed
 *   missing-person notice from another township; a child alone whose
 *   neighbours feed him (the head alone); boys poking a snake; a bin fire put
 *   out last night; a forwarded rumour "转个消息说是…着火了"; paper money burnt
 *   at a door, "火也灭了".
 * lc, ld, le, lf (2026-12-07: Pucheng, Songxi and Zhenghe; Shaowu and
 *   Guangze; Mingxi and Jiangle; Shunchang and Yanping, all northern and
 *   western Fujian), first measured on 454834d: lc 0.996 / 1.000 / 0.992 /
 *   1.000 / 0.926, met every goal; ld 0.992 / 0.985 / 1.000 / 1.000 / 1.000
 *   (1 chatter in public), met every goal; le 0.996 / 0.977 / 0.992 / 1.000 /
 *   0.862; lf 0.992 / 0.985 / 1.000 / 0.960 / 0.923 (1 chatter in public); 99
 *   of 100 emergencies caught (96 with the passage reading off). Missed: a
 *   husband "在单元电梯里", the lift stopped "在半中间", no air, dizzy, in a long
 *   message about the heat. False alarms: three lost people already sat with
 *   someone; a lift that dropped last night, "人倒是没事"; a gas smell "现在
 *   没味道了"; a battery that smoked this afternoon, "也没烧起来"; a lift that
 *   dropped this morning, "门开了我就出来了"; a jumper "已经被劝下来了".
 * After lc-lf: the misses of ky-lf went into the rules (a cry of pain
 *   "哎哟" behind a door, stones falling on a path people are on, someone "在…
 *   电梯里" with the lift stopped between floors) with the false alarms "以为
 *   …着火…原来是", "转个消息", "现在没味儿了"; model retrained; floors raised
 *   (ky-lf 200/200).
 * lg, lh, li, lj (2026-12-07: Chongyi, Dayu and Shangyou; Longnan, Quannan
 *   and Anyuan; Ningdu, Shicheng and Xingguo; Yudu and Huichang, all southern
 *   Jiangxi Hakka), first measured on bf82848: lg 0.996 / 0.992 / 0.992 /
 *   1.000 / 1.000, met every goal; lh 0.996 / 0.992 / 0.977 / 1.000 / 0.962,
 *   met every goal; li 0.996 / 0.992 / 0.992 / 0.920 / 0.852 (1 chatter in
 *   public); lj 0.976 / 0.992 / 0.992 / 1.000 / 0.962 (2 chatter in public);
 *   98 of 100 emergencies caught, the same with the passage reading off.
 *   Missed: a shed's tin roof flapping in the wind over the road children
 *   take home; an air-conditioner "只剩一個架子撐着，一直在晃" over a door.
 *   False alarms: a leak dripping two days from a flat whose owner is away; a
 *   neighbour who will not open, "在里面喊" (the head alone); a lift that
 *   trapped a grandmother, "人已经出来了，冇事"; a drain backing up (the head
 *   alone); a battery that smoked last night, put out; a question what to
 *   call first "要係屋下着火".
 *   After: both misses went into the rules (a sheet "在那里…甩", a unit "只剩
 *   一个架子", "一直在晃", in a gale over people); model retrained (li 25/25).
 * lk, ll, lm, ln (2026-12-07: Xiushui and Tonggu; Yifeng and Wanzai;
 *   Lianhua, Yongxin and Anfu; Suichuan and Yongfeng, all Jiangxi Gan and
 *   Hakka), first measured on 7539644: lk 0.988 / 0.985 / 0.985 / 1.000 /
 *   0.926; ll 0.992 / 0.985 / 0.992 / 1.000 / 0.926; lm 0.996 / 1.000 / 0.992
 *   / 1.000 / 1.000; ln 0.996 / 0.992 / 1.000 / 1.000 / 0.962; all four met
 *   every goal; 100 of 100 emergencies caught, the same with the passage
 *   reading off. False alarms: a snake on the stairs, nobody bitten (the head
 *   alone); a question about low-income aid after a fall last year (the head
 *   alone); a roof tank overflowing down the stairwell; water at a pump room
 *   door; a flooded car park with the pump off (labelled no emergency).
 * lo, lp, lq, lr (2026-12-07: Poyang and Yugan, Gan; Wuyuan and Qimen, Hui;
 *   Kaihua, Changshan and Jiangshan, Quzhou Wu; Longquan, Qingyuan and
 *   Suichang, Chu-Qu Wu), first measured on f3ae1eb: lo 1.000 / 0.992 / 0.969
 *   / 1.000 / 0.862; lp 0.996 / 0.985 / 0.992 / 1.000 / 0.962 (1 chatter in
 *   public), met every goal; lq 0.988 / 0.985 / 0.992 / 1.000 / 0.862 (1
 *   chatter in public); lr 0.992 / 1.000 / 0.985 / 1.000 / 0.893 (2 chatter in
 *   public); 100 of 100 emergencies caught, the same with the passage reading
 *   off. False alarms: a lift that dropped last night, "人没事" (the head
 *   alone); a gas smell from a cylinder being changed, "现在拧好了没味了"; an
 *   old man unseen three days (the head alone; the guide says care, not 120);
 *   a long leak dispute (the head alone); a lost boy already at the gatehouse
 *   with the guard; a river up to the car park ramp, "还没进车库"; an old woman
 *   who fell, "扶起来了 能走"; a father with dementia found by the police;
 *   praise for a girl who gave CPR; a lift that trapped someone, "已经自己扒开
 *   门出来了，没受伤"; smoke from drying mushrooms, "弗是着火"; a gas
 *   company's notice of pipe work.
 *   After: all but the CPR praise, the leak dispute and the river at the ramp
 *   went into the rules (and two of lo's places, "902个堂客", a parking space
 *   "B-126号"); model retrained; floors raised to what they now read.
 * ls, lt, lu, lv (2026-12-07: Chaling and Yanling, Gan and Hakka; Guidong and
 *   Rucheng, Hakka and Xiangnan tuhua; Sanjiang and Rongshui, Guiliu; Taishun,
 *   Wencheng and Cangnan, Southern Min and Wenzhou Wu), first measured on
 *   223e223: ls 1.000 / 0.992 / 0.985 / 1.000 / 0.962, met every goal; lt
 *   0.996 / 0.992 / 0.992 / 1.000 / 0.962, met every goal; lu 0.992 / 0.992 /
 *   0.992 / 1.000 / 0.962 (1 chatter in public), met every goal; lv 0.992 /
 *   1.000 / 1.000 / 0.880 / 0.846; 97 of 100 emergencies caught, the same
 *   with the passage reading off. Missed (all lv, Southern Min): black smoke
 *   and a smell of burning plastic from a shuttered e-bike shop, its owner
 *   away, "冒乌烟…人无在"; sea water in a shop "已经到脚目 阁咧涨" with a
 *   grandmother who cannot walk; a mother with dementia gone since seven,
 *   told late in a long message relayed from abroad ("我转一下"). False
 *   alarms: a courier out of a lift after five minutes; a frozen pipe burst,
 *   its main valve shut; a gas smell from one's own stove, "已经关好开窗了，
 *   没事"; a kitchen fire last evening, put out, "人冇事"; a burnt smell from
 *   a sweet-potato seller's stove; a toilet leaking, "地上都是水"; a leak into
 *   a ceiling light, the switch off (the head alone).
 *   After: the three misses went into the rules ("冒乌烟", "阁咧涨", water
 *   "漫过来" now, a son relaying "我转一下"), and four false alarms (a valve
 *   shut with help, a tap turned off "没事", "原来是…烤", a lift opened from
 *   outside); model retrained (lv 25/25); floors raised to what they now read.
 * lw (2026-12-07: Anxi, Yongchun and Dehua, inland Quanzhou, Southern Min),
 *   first measured on 22791d5: 0.996 / 0.962 / 0.992 / 1.000 / 0.926, met every
 *   goal; 25 of 25 emergencies caught, the same with the passage reading off.
 *   False alarms: a lift that jolted two days ago, "人没事" (the head alone);
 *   firewood and charcoal piled against a meter box, "阮惊会着火".
 * ly, lz (2026-12-07: Yongjia, Yueqing and Rui'an, Wenzhou Wu; Zhao'an,
 *   Yunxiao and Dongshan, south-coast Zhangzhou Southern Min), first measured
 *   on 75c9817: ly 1.000 / 0.992 / 0.985 / 1.000 / 0.962, met every goal; lz
 *   0.984 / 0.992 / 1.000 / 0.960 / 0.960 (1 chatter in public); 49 of 50
 *   emergencies caught (48 with the passage reading off). Missed: a stairwell
 *   that smells of gas from the ground floor to the fifth, "臭瓦斯", people
 *   dizzy (lz). False alarms: a driver asleep in a lorry on the fire lane "叫都
 *   叫不醒" (ly); an old man hoarding rubbish, "有点不对劲" (lz, the head alone).
 * lx (2026-12-07: Xianyou and Putian, Puxian Min), first measured on 61e3233:
 *   0.996 / 0.969 / 0.985 / 0.960 / 0.923 (1 report ignored); 24 of 25
 *   emergencies caught, the same with the passage reading off. Missed: a boy
 *   not home at six, gone to play in the sea with friends, his phone
 *   unreachable, all in Min ("走去海墘耍水", "拍伓通"). Ignored: a numbered list
 *   of lift complaints. False alarms: a pan boiled dry, "火已经关了人没事", the
 *   smoke alarm still ringing; the left-behind elderly (the head alone).
 * ma, mb, mc, md (2026-12-07: Lianjiang, Luoyuan and Minqing, Fuzhou Min;
 *   Fuqing, Pingtan and Changle, coastal Fuzhou Min; Wanning, Lingshui and
 *   Qionghai, Hainanese; Lingao, Chengmai and Danzhou), first measured on
 *   add7d24: ma 0.996 / 1.000 / 1.000 / 1.000 / 0.926, met every goal; mb
 *   0.992 / 0.985 / 0.977 / 0.960 / 1.000; mc 1.000 / 1.000 / 0.985 / 1.000 /
 *   0.962, met every goal; md 0.988 / 0.992 / 1.000 / 1.000 / 0.926 (1 chatter
 *   in public), met every goal; 99 of 100 emergencies caught, the same with
 *   the passage reading off. Missed: a flat smelling "像臭鸡卵" (Fuzhou 鸡卵,
 *   an egg), the opener dizzy (mb). False alarms: a husband bedridden after a
 *   stroke, care asked for; a burst pipe, "阀已经关了"; a gas cylinder changed,
 *   "现在关好了无味了"; the same told in traditional characters, "擰好就沒味了";
 *   a burnt smell that turned out to be peanuts roasting, told as a story.
 * me, mf, mg, mh (2026-12-07: Xiushan, Youyang and Pengshui, south-east
 *   Chongqing; Jingxi, Debao and Napo, western Guangxi; Jianshui and Mile,
 *   Honghe Yunnan; Huili and Xichang, Liangshan Sichuan), first measured on
 *   ff8ef2b: me 1.000 / 1.000 / 0.992 / 1.000 / 0.962, met every goal; mf
 *   1.000 / 1.000 / 0.985 / 1.000 / 0.962, met every goal; mg 0.996 / 0.992 /
 *   0.992 / 1.000 / 0.962 (1 chatter in public), met every goal; mh 0.996 /
 *   0.992 / 0.985 / 0.960 / 1.000; 99 of 100 emergencies caught (96 with the
 *   passage reading off). Missed: coloured steel roof sheets torn off by the
 *   wind, "一塊一塊往下掉", over the school road as the children come out (mh).
 *   False alarms: a lift that moved again by itself, "门开了人出来了没得事"; a
 *   water meter dripping two days, "地上都是水"; a torch-festival reminder,
 *   "衣裳烧着就麻烦喽".
 * mi, mj, mk, ml (2026-12-07: Liping, Jinping and Tianzhu; Dejiang, Sinan and
 *   Yinjiang; Meitan, Fenggang and Yuqing; Zhenyuan, Shibing and Huangping, all
 *   Guizhou), first measured on 98fbb0b: mi 0.996 / 1.000 / 0.985 / 1.000 /
 *   0.962, met every goal; mj 0.988 / 0.977 / 0.985 / 1.000 / 0.833 (2 chatter
 *   in public); mk 0.996 / 1.000 / 0.992 / 1.000 / 0.962, met every goal; ml
 *   1.000 / 0.992 / 1.000 / 0.960 / 1.000; 99 of 100 emergencies caught, the
 *   same with the passage reading off. Missed: an old man alone, his TV on
 *   since the night before last, the light on day and night, "敲门喊他硬是莫得
 *   人应" (ml). False alarms: last night's charcoal-brazier poisoning, "医生说
 *   没得大事" (the passage reading); a lift that opened by itself, "人莫得事";
 *   "屋头烤起火来了" (warming by a fire); a frozen pipe burst, the stairs
 *   iced; a faint gas smell last evening, gone this morning (formal); a
 *   reminder "莫跶倒了"; last night's fall, stitched, "没得大事".
 * mm, mn, mo, mp (2026-12-07: Shidian, Longling and Changning, Baoshan; Tengchong,
 *   Lianghe and Yingjiang, western Yunnan; Yanhe, Wuchuan and Zheng'an, northern
 *   Guizhou; Taijiang, Leishan and Danzhai, Miao Guizhou), first measured on
 *   48b86e7: mm 0.988 / 0.985 / 0.985 / 0.920 / 0.920 (1 chatter in public); mn
 *   1.000 / 0.985 / 1.000 / 1.000 / 0.962, met every goal; mo 0.996 / 0.985 /
 *   1.000 / 0.960 / 0.923; mp 1.000 / 0.992 / 1.000 / 1.000 / 0.893; 97 of 100
 *   emergencies caught, the same with the passage reading off. Missed: black
 *   smoke from a window, nobody home, told late in a message that also says "我
 *   帮物业转一下" (read as a forward); an old woman's TV on two days and nights,
 *   the words spaced by voice input; a neighbour's TV on since yesterday, "就是
 *   没人应门" (mo). Not yet in the rules. False alarms: praise for a worker
 *   checking lifts in a power cut; a transformer box open, children near (the
 *   head alone); a lift that dropped, "现在里头没得人了"; a lift smelling
 *   burnt, stopped and empty; a lost old woman already sitting in a shop;
 *   smoke from curing meat "不是着火" told with another matter; festival
 *   salutes and smoke; sparks from a wire, switched off, "现在不冒了".
 * mq, mr, ms, mt (2026-12-07: Linhai, Wenling, Yuhuan and Xianju, Taizhou Wu;
 *   Jinyun, Qingtian and Pingyang, Chu-Qu and Oujiang Wu; Fengjie, Wushan, Wuxi
 *   and Chengkou, north-east Chongqing; Weining, Hezhang, Nayong and Zhijin,
 *   Bijie Guizhou), first measured on 6b8742b: mq 0.996 / 0.992 / 1.000 /
 *   0.960 / 0.889; mr 0.992 / 0.946 / 0.992 / 1.000 / 0.862 (1 chatter in
 *   public); ms 0.988 / 0.962 / 1.000 / 0.960 / 0.889; mt 0.988 / 0.977 / 0.985
 *   / 1.000 / 0.962 (1 chatter in public, 1 report ignored), met every goal; 98
 *   of 100 emergencies caught (96 with the passage reading off). Missed: a lift
 *   stopped in a power cut, "里头阿爷在敲，喊得到声音" (mq); a gas smell "比刚才
 *   浓好多了", a head swimming, told after two other matters (ms: "好多了" read
 *   as better). False alarms: a lift trapping over, "人弄出来了"; a husband
 *   bedridden after a stroke, Wu "睏在床上"; a snake in the bike shed (the head
 *   alone); a kitchen pipe leaking into a basin, "地上都是水"; a lost boy
 *   already with the finder at the gatehouse (the head alone); a typhoon tree on
 *   a wire, "现在没有冒火花"; smoke from a hill fire, "不是我们小区着火"; a
 *   balcony extension (the head alone); last night's lift trapping, "后来是消防
 *   队来撬开门弄出来的，还好人没得事"; a lost boy left at the gatehouse; a
 *   frozen pipe burst, the stairs iced.
 * mu, mv, mw, mx (2026-12-07: Xiangshan, Fenghua and Ninghai, Ningbo Wu;
 *   Xinxing, Fengkai and Yunan, western Guangdong Cantonese; Shizhu, Qianjiang,
 *   Wulong and Fengdu, Tujia Chongqing; Yizhou, Tian'e, Fengshan and Donglan,
 *   Hechi Guangxi), first measured on 379163f: mu 0.988 / 0.985 / 0.992 /
 *   1.000 / 0.962 (1 chatter in public), met every goal; mv 0.976 / 0.985 /
 *   1.000 / 0.880 / 0.759 (3 chatter in public); mw 1.000 / 0.992 / 0.992 /
 *   1.000 / 0.926, met every goal; mx 0.992 / 0.985 / 0.992 / 1.000 / 0.962 (1
 *   chatter in public), met every goal; 97 of 100 emergencies caught (94 with
 *   the passage reading off). Missed, all Cantonese (mv): a neighbour's rubbish
 *   fire "已经烧到旁边嗰堆柴同旧木门度，火苗高过一楼窗口" after years of complaint;
 *   a gas cylinder's hose off, "嘶嘶声冇停过"; a mother in a stopped lift with
 *   her baby, "入面好焗". False alarms: a forwarded appeal for an old man lost
 *   elsewhere (mu); yesterday's pan fire "火一下就灭了"; a husband "中风 瘫在床上"
 *   (mw); singeing pig's trotters, "冇是哪里着火" (mx); and in mv a hill fire
 *   far off, "唔使惊"; a 【寻人】 notice from another town; this morning's lift
 *   trapping, mother resting at home; a smell the gas company said was sewer
 *   gas; "紧急扩散…唔知真定假"; a lost girl already at the gatehouse; a socket
 *   that burnt once, "已经冇冒烟".
 * my, mz, na, nb (2026-12-07: Cenxi, Tengxian and Cangwu, Wuzhou Cantonese;
 *   Luodian, Pingtang, Dushan and Sandu, Buyi and Shui Qiannan; Mizhi, Jiaxian,
 *   Zizhou and Wubu, northern Shaanxi Jin; Lintan, Zhuoni, Zhouqu and Dangchang,
 *   southern Gansu), first measured on b5678a1: my 0.976 / 0.962 / 0.992 /
 *   1.000 / 0.962 (2 chatter in public); mz 0.996 / 0.985 / 0.992 / 1.000 /
 *   0.962, met every goal; na 0.996 / 0.985 / 0.985 / 1.000 / 0.926 (1 chatter
 *   in public), met every goal; nb 0.996 / 0.985 / 1.000 / 1.000 / 0.926 (1
 *   chatter in public), met every goal; 100 of 100 emergencies caught (98 with
 *   the passage reading off). False alarms: a gas smell that was sugar water
 *   boiled dry, "唔系漏气，冇事冇事" (my); a snake seen, "我没被咬到" (mz); last
 *   night's rotten-egg smell, a cracked hose replaced "没出事"; last night's
 *   lift trapping, "后来它自己又动了我是没事" (na); a lost boy already led to
 *   the property office, "我把傢领到物业办公室了"; smoke "我还当着火了，原来是…
 *   煨炕" (nb).
 * nc, nd, ne, nf (2026-12-07: Yongtai and Minhou, Fuzhou Min; Panzhou,
 *   Shuicheng and Liuzhi, Liupanshui Guizhou; Yuxian, Yangyuan and Huai'an,
 *   Zhangjiakou Jin; Xinhua, Longhui, Xupu and Dongkou, western Hunan), first
 *   measured on c02eb75: nc 1.000 / 0.985 / 1.000 / 0.960 / 1.000; nd 0.988 /
 *   0.977 / 1.000 / 1.000 / 0.926 (1 chatter in public), met every goal; ne
 *   0.996 / 0.962 / 1.000 / 1.000 / 0.893; nf 0.988 / 0.992 / 1.000 / 1.000 /
 *   0.893 (3 chatter in public); 99 of 100 emergencies caught (98 with the
 *   passage reading off). Missed: a restaurant sign torn loose in a typhoon,
 *   "甩来甩去砰砰砸墙", people running under it, told after the river and the
 *   shelter (nc). False alarms: this morning's gas smell, the tap shut, "现在没得
 *   事了大家放心"; a lost girl already warming at the gatehouse (the head alone)
 *   (nd); last night's CO alarm, "现在人都好好的"; last night's lift drop, "人是
 *   没事"; last night's headache from a stove, "人都没啥事了" (ne, the passage
 *   reading and the head); a lift trapping ended "自己扒门出来了，人冇事"; "我以为
 *   哪里起火哒…原来是…烧猪毛"; a fire-walking show with flames higher than a man
 *   (nf).
 * ng, nh, ni, nj (2026-12-07: Jingzhou, Huitong, Suining and Chengbu, Dong and
 *   Miao Hunan; Taihe and Wan'an, Ji'an Gan; Xingxian, Lanxian, Linxian and
 *   Shilou, Lüliang Jin; Chao'an, Teochew), first measured on 9b91949: ng 0.988
 *   / 0.985 / 1.000 / 0.960 / 0.960 (1 chatter in public); nh 0.996 / 0.985 /
 *   1.000 / 1.000 / 1.000, met every goal; ni 1.000 / 0.992 / 0.985 / 1.000 /
 *   0.962, met every goal; nj 0.984 / 0.992 / 0.992 / 1.000 / 0.926, met every
 *   goal; 99 of 100 emergencies caught (97 with the passage reading off).
 *   Missed: a landslide that pushed in the back wall of an old man's wooden
 *   house, "喊了好几声…冇听到应", told between two questions about raincoats
 *   (ng). False alarms: a fire pit lit for the winter "火塘又烧起来了" (ng); this
 *   morning's lift trapping, "维保的来了才放出来" (ni); a neighbour unseen three
 *   or four days, "拍门无人应" (the head alone); a lift trapping "十几分钟才出来，
 *   还好人无事" (nj).
 * nk, nl, nm, nn (2026-12-07: Huanxian, Huachi and Zhenyuan, Qingyang Gansu;
 *   Laiyuan and Fuping, Taihang Hebei; Kaizhou, Zhongxian and Liangping,
 *   Chongqing; Beiliu, Rongxian and Luchuan, Guinan Yue and Hakka), first
 *   measured on d0776c9: nk 0.984 / 0.992 / 0.985 / 1.000 / 0.926 (2 chatter
 *   in public); nl 0.980 / 0.977 / 1.000 / 0.960 / 1.000; nm 0.992 / 0.992 /
 *   0.977 / 1.000 / 0.962 (1 chatter in public), met every goal; nn 0.988 /
 *   0.977 / 0.977 / 0.880 / 0.846; 96 of 100 emergencies caught (95 with the
 *   passage reading off). Missed: a grandson's febrile fit, "发烧 抽了 眼往上翻"
 *   (nl); and in nn (Guinan Yue): an old man alone heard calling "哎哟……救下"
 *   behind his door, milk not taken in; a shop sign hanging by one side over
 *   people sheltering from rain, "嘭嘭声撞落墙" (traditional characters); a
 *   man in a wheelchair in a stopped lift, "好焗". False alarms: "我听别人说 西峰
 *   那边…着火了"; a hill fire "离咱小区远得很" (nk); a hill fire across the
 *   river, the fire engines gone (nm); last night's lift trapping, "而家人冇
 *   事"; a car blocking a wheelchair, "出唔到"; last night's gas smell, "已经搞掂，
 *   冇人有事"; a worry "我担心会起火" (nn).
 * no, np, nq, nr (2026-12-07: Guiping and Xingye, Guinan Yue; Huade, Shangdu
 *   and Xinghe, Ulanqab Jin; Xiuning, Yixian and Jixi, Huizhou; Yishui, Mengyin
 *   and Pingyi, Yimeng Shandong), first measured on 73b43da: no 1.000 / 1.000
 *   / 1.000 / 0.960 / 1.000; np 0.976 / 0.969 / 0.992 / 1.000 / 0.893 (3
 *   chatter in public); nq 1.000 / 0.977 / 0.992 / 0.960 / 0.923; nr 0.988 /
 *   0.992 / 1.000 / 1.000 / 1.000, met every goal; 98 of 100 emergencies caught
 *   (97 with the passage reading off). Missed: grey smoke from the window of a
 *   flat nobody is in, a strong smell of burning rubber, "门把手摸落去热嘅" (no);
 *   smoke drifting down through the ceiling boards from an attic of old wiring
 *   "一缕一缕往下飘烟" (nq). False alarms: "这要着了火一楼梯都是烟" (a
 *   hypothetical); a child in a lift, "人已经出来了，没事"; a sandstorm reminder
 *   to people with asthma (np); a snake at the door (the head alone); a snake
 *   bite yesterday, "已经在县医院打了血清，没事了" (nq).
 * ns, nt, nu, nv (2026-12-07: Guangning and Deqing, Zhaoqing Cantonese; Hequ,
 *   Baode, Pianguan and Wutai, Xinzhou Jin; Wulian, Yinan and Feixian,
 *   south-eastern Shandong; Yanggao, Tianzhen, Guangling and Lingqiu, Datong
 *   Jin), first measured on 5a26588: ns 0.992 / 0.954 / 0.977 / 1.000 / 0.926,
 *   met every goal; nt 0.996 / 0.969 / 0.992 / 0.960 / 0.960; nu 0.992 / 0.946 /
 *   0.992 / 1.000 / 0.926; nv 0.988 / 0.969 / 1.000 / 1.000 / 0.962, met every
 *   goal; 99 of 100 emergencies caught (98 with the passage reading off).
 *   Missed: "11号楼后头柴火垛着了，火往房子跟前烧" (nt: a woodpile on fire,
 *   spreading to the house). False alarms: "闻到石油气味应该打边个电话？" (a
 *   question); the gas company "话冇漏", the smell from a roast-meat workshop
 *   (ns); yesterday's dog bite, "已经去县防疫站打了针了" (nt); "电梯要是关里头了…
 *   应该打哪个电话" (a question); sparks from a socket, "闸拉了 现在没电" (nu); a
 *   loose sign in the wind "怕哪天掉下来砸着人" (nv).
 * nw, nx, ny, nz (2026-12-07: Xinchang and Shengzhou, Shaoxing Wu; Fogang and
 *   Wengyuan, northern Guangdong Hakka; Wuyi, Pujiang, Lanxi and Longyou, Jinhua
 *   Wu; Liangcheng, Zhuozi, Fanshi and Daixian, Jin), first measured on c02f83f:
 *   nw 0.988 / 1.000 / 1.000 / 1.000 / 0.962 (1 chatter in public), met every
 *   goal; nx 0.984 / 0.969 / 0.992 / 1.000 / 0.926 (1 chatter in public), met
 *   every goal; ny 0.988 / 1.000 / 0.992 / 1.000 / 0.926 (2 chatter in public);
 *   nz 0.972 / 0.992 / 1.000 / 0.960 / 0.960 (2 chatter in public); 99 of 100
 *   emergencies caught (96 with the passage reading off). Missed: a lift stopped
 *   "半中腰", "里头咚咚咚敲门…喊闷得慌" (nz). False alarms: a gas smell from a
 *   cylinder being changed, "现在关掉了…味道散掉了" (nw); last night's burning
 *   junction box "几下就救熄咗"; a grandmother who cannot fetch her grandson (the
 *   head alone) (nx); memories of the old street, smoke through the tiles; a
 *   river rising to the park steps, watched (ny); a forwarded video of a child
 *   pulled from the ice (nz).
 * oa, ob, oc, od (2026-12-07: Sanshui, Gaoming and Xinhui, Cantonese; Jiande
 *   and Chun'an, Yanzhou Hui-Wu; Songyang, Yunhe and Jingning, Chu-Qu Wu and She;
 *   Xinfeng, Ganzhou Hakka), first measured on 3280987: oa 0.992 / 0.969 / 0.985
 *   / 1.000 / 0.926 (2 chatter in public); ob 0.988 / 0.969 / 1.000 / 1.000 /
 *   1.000 (1 report ignored), met every goal; oc 0.988 / 0.992 / 1.000 / 0.960 /
 *   0.960 (1 chatter in public); od 0.988 / 0.969 / 1.000 / 0.960 / 0.857 (2
 *   chatter in public); 98 of 100 emergencies caught (94 with the passage reading
 *   off). Missed: an old man who slept by a charcoal fire-basket, windows shut,
 *   "今早叫渠叫弗醒，脸红红的，我头也晕" (oc); a Hakka neighbour's TV on "从前晡夜
 *   开到今晡日", no answer, milk not taken in (od). False alarms: a fall already
 *   taken to hospital by the ambulance (the head alone); a gas cylinder valve
 *   "而家拧返好喇…冇事" (oa); curing meat, "马上就好了" (oc); a faint gas smell
 *   this morning, gone now; "阀门冇拧紧，现在拧好哩，冇事哩"; a neighbour's wood
 *   stove smoking daily; last night's grass fire, "淋几下就灭了" (od).
 * oe, of, og, oh (2026-12-07: Dongyang and Pan'an, Jinhua Wu; Lingshan and
 *   Pubei, Qin-Lian Cantonese and Hakka; Dingbian and Jingbian, northern
 *   Shaanxi; Tongwei, Minxian, Longxi and Weiyuan, Dingxi Gansu), first
 *   measured on 51159d3: oe 0.988 / 0.985 / 1.000 / 1.000 / 0.833 (1 chatter
 *   in public); of 0.988 / 1.000 / 0.985 / 1.000 / 0.962 (2 chatter in public);
 *   og 1.000 / 1.000 / 0.985 / 1.000 / 1.000, met every goal; oh 0.984 / 0.977 /
 *   1.000 / 1.000 / 0.962 (2 chatter in public); 100 of 100 emergencies caught
 *   (the same with the passage reading off). False alarms: this afternoon's lift
 *   trapping, "两个人是出来了，人都没事"; a rusted air-conditioner bracket "刮台风
 *   就危险了"; a cry for help that was a war film on a neighbour's TV; yesterday's
 *   gas leak, clamped, "味道也没有了"; a young man "活着没什么意思", seen today
 *   fetching a takeaway (the head alone) (oe); a forwarded appeal for a child
 *   lost in another town (of); a window pane cracked by wind, shards hanging over
 *   a play area (oh).
 * oi, oj, ok, ol (2026-12-07: Quanzhou and Guanyang, northern Guilin, Xiang
 *   and Guiliu speech; Ziyang and Langao, Ankang, southern Shaanxi; Gongcheng
 *   and Pingle, eastern Guilin, Guiliu, Pinghua and Cantonese; Xiuyu and
 *   Hanjiang, Putian Puxian Min), first measured on 0c5e43d: oi 0.996 / 0.992 /
 *   0.992 / 1.000 / 0.962 (1 chatter in public), met every goal; oj 0.988 /
 *   0.992 / 0.992 / 1.000 / 1.000, met every goal; ok 0.992 / 0.985 / 1.000 /
 *   1.000 / 0.962 (1 chatter in public), met every goal; ol 0.996 / 0.985 /
 *   1.000 / 1.000 / 0.862 (1 chatter in public); 100 of 100 emergencies caught
 *   (the same with the passage reading off). False alarms: a factory fire across
 *   the river, "我们这边冇事" (oi); an ambulance that took a grandfather with
 *   high blood pressure, "人是清醒的…大家莫担心" (ok); a lost old man the writer
 *   is already sitting with, "陪著他"; praise for the guard who gave first aid;
 *   a fall last week, back from hospital in plaster (the head alone); an old man
 *   with dementia found and sitting in the community office (the head alone) (ol).
 * om, on, oo, op (2026-12-07: Qidong and Haimen, Qihai Wu; Gushi and
 *   Huangchuan, Xinyang Henan; Honghu and Jianli, Jianghan plain Hubei; Taixing
 *   and Jingjiang, Tongtai Jianghuai and Jingjiang Wu), first measured on
 *   f5cb887: om 0.980 / 1.000 / 0.992 / 1.000 / 0.806 (3 chatter in public); on
 *   0.992 / 0.992 / 1.000 / 1.000 / 0.926 (1 chatter in public), met every goal;
 *   oo 0.992 / 0.992 / 0.985 / 1.000 / 0.926, met every goal; op 0.992 / 0.992 /
 *   0.992 / 1.000 / 0.962 (1 chatter in public), met every goal; 100 of 100
 *   emergencies caught (98 with the passage reading off). False alarms: a gas
 *   smell that was a new stove being tried, "现在味道呒没哉，大家覅慌"; last
 *   night's sparks, the main switch off, the unit without power; a smoky smell
 *   that was a neighbour smoking meat, "虚惊一场"; last night's drunken fight
 *   (the head alone); an old man who cannot say his unit, met at the shop (the
 *   head alone); a cry for help that was a war film (om); last night's trapping,
 *   "后来人是出来了", the lift jolting today; a gas smell from the gas company's
 *   own pipe work, "不用担心" (on); a fall last night, "已经送医院看了，骨头冇断";
 *   last night's meter-box fire put out with an extinguisher (oo); "刚才谁家烧焦
 *   东西了？…现在好像散了" (op).
 * ou, ov, ow, ox (2026-12-07: Qianwei, Jiajiang and Jingyan, Leshan
 *   Minjiang Sichuanese; Hui'an and Chongwu, Quanzhou Southern Min; Meihekou,
 *   Liuhe and Huinan, Tonghua north-eastern Mandarin; Wuyuan, Dengkou and Urad
 *   Front Banner, Hetao Jin), first measured on 71dba17: ou 0.992 / 0.985 /
 *   0.985 / 1.000 / 0.926 (2 chatter in public); ov 0.996 / 0.977 / 1.000 /
 *   1.000 / 1.000, met every goal; ow 1.000 / 0.992 / 1.000 / 1.000 / 0.962, met
 *   every goal; ox 1.000 / 0.977 / 0.985 / 1.000 / 1.000, met every goal; 100 of
 *   100 emergencies caught (97 with the passage reading off). False alarms: black
 *   smoke at a ceramics works across the river, "是不是着火了哦？有没有哪个晓得的";
 *   a light switch that cracks and tingles, "怕是漏电 请电工来看一下" (ou); a lost
 *   old woman the writer has sat down in the shop, "我先让她在超市里坐着喝口热水呢"
 *   (ow).
 * oy, oz, pa, pb (2026-12-07: Tunchang and Ding'an, Hainanese Min; Tacheng,
 *   Bole and Kuytun, northern Xinjiang Mandarin; Wudu, Longnan southern Gansu;
 *   Tongren and Zeku, Huangnan, and Menyuan, Haibei, Qinghai Mandarin), first
 *   measured on 09fab2c: oy 0.996 / 0.992 / 0.985 / 1.000 / 1.000; oz 0.992 /
 *   1.000 / 0.992 / 1.000 / 1.000; pa 0.992 / 0.985 / 1.000 / 1.000 / 0.962; pb
 *   0.996 / 1.000 / 0.992 / 1.000 / 0.962; all four met every goal, no chatter
 *   in public; 100 of 100 emergencies caught (97 with the passage reading off).
 *   False alarms: a lift that stopped with a man inside and moved again by
 *   itself, "门开了人出来了么事" (pa); a flat full of chickens, the smell coming
 *   out under the door (the head alone) (pb).
 * pc, pd, pe, pf (2026-12-07: Tongcheng and Huaining, Anqing Jianghuai;
 *   Dengzhou and Xinye, Nanyang Henan; Hongtong and Huozhou, Linfen Shanxi;
 *   Lankao, Qixian and Weishi, Kaifeng Henan), first measured on 810a5b6: pc
 *   0.996 / 0.985 / 1.000 / 1.000 / 0.962 (1 chatter in public), met every goal;
 *   pd 0.992 / 0.977 / 1.000 / 1.000 / 1.000, met every goal; pe 0.996 / 0.992 /
 *   0.992 / 0.960 / 0.923; pf 0.992 / 0.992 / 1.000 / 1.000 / 1.000 (2 chatter
 *   in public); 99 of 100 emergencies caught (98 with the passage reading off).
 *   Missed: an old man not seen for three or four days, milk piling up, the TV
 *   loud inside and "隐隐约约好像有人在哼哼", no answer (pe). False alarms: a
 *   grandmother's joy at her grandson's exam results (the head alone) (pc); a
 *   month of night-time fumes from a coking plant, the gas company found
 *   nothing; last night's battery fire in the garage, put out (pe).
 * pg, ph, pi, pj (2026-12-07: Luanchuan and Songxian, Luoyang Henan; Suixi,
 *   Zhanjiang Leizhou Min and Cantonese; Xingyi, Zhenfeng and Ceheng,
 *   Qianxinan Guizhou; Baojing, Yongshun and Guzhang, Xiangxi Hunan), first
 *   measured on 9cff45a: pg 0.996 / 0.985 / 1.000 / 1.000 / 0.893; ph 0.996 /
 *   0.992 / 0.992 / 1.000 / 0.962 (1 chatter in public), met every goal; pi
 *   0.992 / 0.992 / 0.992 / 1.000 / 1.000, met every goal; pj 0.992 / 0.985 /
 *   1.000 / 1.000 / 0.926 (1 chatter in public), met every goal; 100 of 100
 *   emergencies caught (the same with the passage reading off). False alarms: a
 *   confused old man the writer sits with at the gate, "俺先陪着他在门卫这" (the
 *   head alone); a husband in hospital with a broken leg and a bedridden mother,
 *   help asked; a lift two nights ago, "最后还是自己拿手扒开的" (pg); a gas smell
 *   from a cylinder changed, "已经拧好了，无事了" (ph); the river rising,
 *   onlookers on the bank; a lost child the writer has taken to the corner shop
 *   (pj).
 * pk, pl, pm, pn (2026-12-07: Jingxian, Jingde and Ningguo, Xuancheng; Liyang,
 *   Yixing and Jintan, Piling Wu; Luding, Litang and Batang, Garze Sichuan;
 *   Changxing, Anji and Deqing, Huzhou Wu), first measured on 9c4a7d9: pk 0.988
 *   / 0.992 / 0.992 / 0.960 / 0.923 (1 chatter in public); pl 0.992 / 0.992 /
 *   0.992 / 1.000 / 0.862 (2 chatter in public); pm 0.996 / 0.977 / 0.992 /
 *   0.960 / 1.000; pn 1.000 / 0.969 / 0.992 / 1.000 / 0.926, met every goal; 98
 *   of 100 emergencies caught (the same with the passage reading off). Missed: a
 *   distribution box crackling "滋啦滋啦", flashing blue, black bits below and a
 *   smell of burning plastic (pk); a newcomer at altitude gasping on the stairs,
 *   lips dark, coughing pink froth (pm). False alarms: a gas smell that was a
 *   neighbour's stove in the yard, "么事都冇得"; a question what to do when the
 *   gas alarm sounds (pk); a cylinder changed, "现在已经关好了…大家不要紧张";
 *   this morning's charger smoking, seen to; a burnt smell in the lift, "现在没有
 *   味道了"; a relatives' group's rumour of a drowning, "弗晓得真弗真" (pl); a
 *   coal-cake stove lit, "其实没着火…现在已经好了"; a boy locked out, taken home
 *   and fed by the writer (the head alone) (pn).
 * pq, pr, ps, pt (2026-12-07: Jiashan, Pinghu and Haiyan, Jiaxing Wu; Miyi,
 *   Yanbian and Huidong, Panzhihua and Liangshan Sichuan; Lijin, Kenli and
 *   Guangrao, Dongying Shandong; Jurong, Danyang and Yangzhong, Zhenjiang), first
 *   measured on 961567a: pq 1.000 / 1.000 / 0.992 / 1.000 / 1.000, met every
 *   goal; pr 0.996 / 0.992 / 0.992 / 1.000 / 1.000, met every goal; ps 0.984 /
 *   1.000 / 0.992 / 1.000 / 0.962 (2 chatter in public); pt 0.992 / 0.931 /
 *   0.992 / 0.960 / 0.960; 99 of 100 emergencies caught (97 with the passage
 *   reading off). Missed: a child crying in a car shut tight in the sun, the
 *   roof too hot to touch, no grown-up about (pt). False alarms: a cry for help
 *   last night that was children playing cops and robbers (ps); a husband
 *   paralysed by a stroke, home care asked (pt).
 * pu, pv, pw, px (2026-12-07: Hua'an, Nanjing county and Changtai, Zhangzhou
 *   Southern Min; Jungar, Dalad and Ejin Horo, Ordos Jin; Huairen, Yingxian and
 *   Shanyin, Shuozhou Jin; Zhaodong, Anda and Qinggang, Suihua north-eastern
 *   Mandarin), first measured on fa38aba: pu 0.984 / 0.946 / 0.992 / 1.000 /
 *   0.926 (1 chatter in public); pv 1.000 / 1.000 / 1.000 / 1.000 / 0.962, met
 *   every goal; pw 0.992 / 0.962 / 1.000 / 1.000 / 0.962, met every goal; px
 *   0.996 / 0.985 / 0.985 / 1.000 / 1.000, met every goal; 100 of 100
 *   emergencies caught (98 with the passage reading off). False alarms: a
 *   cylinder joint "即马已经锁好矣，楼梯间无味了"; straw burnt below, smoke in,
 *   coughing (the head alone) (pu); a lost girl the writer sits with at the
 *   gate (the head alone) (pv); a burnt pancake, "她已经关火开窗了，人也没事"
 *   (pw).
 * oq, or, os, ot (2026-12-07, written after om-op and left unmeasured until
 *   now: Shouxian and Huoqiu, Huai river Anhui; Zhushan and Zhuxi, Shiyan Hubei;
 *   Qianshan, Taihu and Yuexi, Anqing Gan-type speech; Caoxian, Shanxian and
 *   Yuncheng, Heze Shandong), first measured on 51b267e: oq 0.992 / 0.985 /
 *   0.985 / 1.000 / 0.926 (1 chatter in public), met every goal; or 0.980 /
 *   0.992 / 1.000 / 1.000 / 0.893 (2 chatter in public); os 1.000 / 0.977 /
 *   1.000 / 1.000 / 0.962, met every goal; ot 0.996 / 0.992 / 1.000 / 1.000 /
 *   0.962, met every goal; 100 of 100 emergencies caught (99 with the passage
 *   reading off). False alarms: thanks for help with yesterday's fall, "现在搁
 *   医院观察，木得大事"; a lost old man the writer sits with at the gate (oq);
 *   an old man unseen three or four days, no answer, dark and silent inside (the
 *   head alone); yesterday's dog bite (the head alone); a burst solar-heater
 *   pipe running down the wall (or); last night's sparks, the main switch off
 *   (os); a lift that dropped and stopped, "俺…按开门出来了…里头没人了" (the
 *   head alone) (ot).
 * py, pz, qa, qb (2026-12-07: Renhuai, Xishui and Chishui, Zunyi Guizhou;
 *   Mulan, Tonghe and Yilan, Harbin north-eastern Mandarin; Changyang, Wufeng
 *   and Jianshi, western Hubei; Shiqian and Songtao, Tongren Guizhou), first
 *   measured on 8eefeb5: py 0.992 / 0.992 / 0.992 / 1.000 / 0.893 (1 chatter in
 *   public); pz 0.992 / 0.954 / 0.992 / 1.000 / 0.926 (1 chatter in public), met
 *   every goal; qa 0.996 / 0.985 / 0.992 / 0.960 / 0.960; qb 0.996 / 0.992 /
 *   1.000 / 1.000 / 1.000, met every goal; 99 of 100 emergencies caught (96 with
 *   the passage reading off). Missed: a child fallen through a septic tank's
 *   broken cover, "在底下喊，听得到声音看不到人" (qa). False alarms: a smell of
 *   liquor from stacked barrels, "万一起火咋个办" (the head alone); the distillery
 *   across the river firing its boilers, "莫得事，大家莫慌"; a wire hanging low
 *   by a door, children could touch it (the head alone) (py); a confused old
 *   woman the writer has taken to the gatehouse (the head alone); a forwarded
 *   warning of someone through the ice elsewhere (pz); a child alone, taken to
 *   the gatehouse (the head alone) (qa).
 * qc, qd, qe, qf (2026-12-07: Horinger, Togtoh and Qingshuihe, Hohhot Jin;
 *   Longhai and Zhangpu, Zhangzhou Southern Min; Lanxi, Wangkui and Hailun,
 *   Suihua north-eastern Mandarin; Qiongzhong, Baisha and Changjiang, Hainan),
 *   first measured on 3c8562c: qc 0.992 / 0.992 / 1.000 / 1.000 / 0.926 (1
 *   chatter in public), met every goal; qd 0.996 / 0.977 / 1.000 / 0.960 /
 *   1.000; qe 0.984 / 0.985 / 1.000 / 1.000 / 0.862 (3 chatter in public); qf
 *   1.000 / 0.977 / 0.992 / 1.000 / 1.000, met every goal; 99 of 100 emergencies
 *   caught (97 with the passage reading off). Missed: a stairwell smelling of
 *   gas, "一股瓦斯臭…毋知佗一户漏的，阮毋敢揿电铃" (qd). False alarms: a lift this
 *   morning, the old man got out (qc's long story); a fire somewhere to the
 *   east, "有人晓得不？" (qc); a gas smell from the cylinder depot, "不是咱楼漏气，
 *   大伙别担心了"; a smoking flue, the neighbour recovered on the writer's sofa;
 *   "谁家炒辣椒啊"; a frozen rubbish chute (the head alone) (qe).
 * qg, qh, qi, qj (2026-12-07: Boai, Wenxian and Wuzhi, Jiaozuo Henan;
 *   Guanghe, Hezheng and Dongxiang, Linxia Gansu; Luoping, Shizong and Huize,
 *   Qujing Yunnan; Guangnan, Funing and Malipo, Wenshan Yunnan), first measured
 *   on f9d999e: qg 0.996 / 0.977 / 1.000 / 1.000 / 0.962; qh 0.980 / 1.000 /
 *   1.000 / 1.000 / 0.962 (1 chatter in public); qi 0.996 / 0.969 / 1.000 /
 *   1.000 / 0.962 (1 chatter in public); qj 0.984 / 0.992 / 1.000 / 1.000 /
 *   1.000; all four met every goal; 100 of 100 emergencies caught (99 with the
 *   passage reading off). False alarms: a lit coal stove left on the stairs,
 *   "万一娃们碰着烫着可咋弄" (qg); fire-brigade advice on a gas smell before
 *   lighting up (qh); "说个笑话", last night's cry for help that was a war film on
 *   a deaf neighbour's TV (qi).
 * qk, ql, qm, qn (2026-12-07: Linzhou, Tangyin and Neihuang, Anyang Henan;
 *   Xuanwei, Fuyuan and Luliang, Qujing Yunnan; Huangyuan, Huangzhong and
 *   Datong, Xining Qinghai; Yuanyang, Yanjin and Fengqiu, Xinxiang Henan), first
 *   measured on 389354a: qk 0.976 / 0.969 / 1.000 / 1.000 / 1.000, met every
 *   goal; ql 0.984 / 0.985 / 0.992 / 1.000 / 0.962 (1 chatter in public), met
 *   every goal; qm 1.000 / 0.985 / 1.000 / 0.960 / 1.000; qn 0.992 / 0.969 /
 *   0.992 / 1.000 / 0.893 (1 chatter in public); 99 of 100 emergencies caught
 *   (the same with the passage reading off). Missed: voice input spaced word by
 *   word from inside a lift, "我 在 电梯 里 出不去…灯 也 灭了 按 铃 没人 接" (qm).
 *   False alarms: a burnt smell that was the writer's own chillies, "莫慌莫慌"
 *   (ql); two children often locked in while the parents work shifts (the head
 *   alone); a burnt switch in a meter box, power cut by the electrician; children
 *   playing at a roof's edge (qn).
 * qo, qp, qq, qr (2026-12-07: Changyuan, Huaxian and Xunxian, northern Henan;
 *   Qiubei, Yanshan, Maguan and Xichou, Wenshan Yunnan; Fangzheng, Tangyuan and
 *   Huanan, Heilongjiang; Zhanhua, Huimin and Wudi, Binzhou Shandong), first
 *   measured on 82b3094: qo 0.988 / 0.985 / 1.000 / 0.960 / 0.923 (1 chatter in
 *   public); qp 0.992 / 0.962 / 0.985 / 0.960 / 0.828 (1 chatter in public); qq
 *   0.992 / 0.977 / 1.000 / 1.000 / 0.893; qr 0.996 / 0.992 / 0.992 / 0.960 /
 *   1.000; none met every goal; 97 of 100 emergencies caught (95 with the passage
 *   reading off). Missed: a drunk man face down in the snow, moaning, hands cold,
 *   told after a notice (qo); "楼道烟子大得很 看不见人" (qp); an air-conditioner
 *   hanging by one bolt and banging in the wind over the kindergarten path, told
 *   after other matters (qr). False alarms: a child on an air-conditioner bracket
 *   earlier, "有惊无险"; a young man at home growing strange (the head alone)
 *   (qo); a burnt smell that was grilled 乳扇, spaced by voice input; a father
 *   with a heart condition, a request for a call button; a meter box that smoked
 *   during the outage and has stopped; a car blocking a garage (the head alone);
 *   a snake bite two days ago, treated (the head alone) (qp); a lost child
 *   already in the writer's warm home (the head alone); a stove in a basement,
 *   "没出啥事…万一"; a depressed neighbour crying on the stairs (qq).
 * qs, qt, qu, qv (2026-12-07: Bairin Right, Linxi and Hexigten, Chifeng Inner
 *   Mongolia; Beipiao, Lingyuan and Harqin Left, Chaoyang Liaoning; Lixian and
 *   Maoxian, Aba Sichuan; Daocheng and Xiangcheng, Garze Sichuan), first measured
 *   on 63b875c: qs 0.992 / 0.992 / 1.000 / 1.000 / 0.962 (1 chatter in public),
 *   met every goal; qt 0.988 / 0.985 / 0.985 / 1.000 / 0.962, met every goal; qu
 *   0.992 / 0.969 / 1.000 / 1.000 / 0.962 (1 chatter in public), met every goal;
 *   qv 0.984 / 0.969 / 1.000 / 0.920 / 0.958 (1 chatter in public, 1 report
 *   ignored); 98 of 100 emergencies caught (94 with the passage reading off).
 *   Missed: a guesthouse sign hanging by one side and swinging over a bus stop in
 *   a strong wind; two backpackers gone up to the lakes yesterday, not back, phones
 *   off, heavy snow on the mountain overnight (qv, ignored as chatter). False
 *   alarms: "酸菜冻成坨了，得拿斧子剁" (qs); a leak from upstairs into a ceiling lamp,
 *   complained of for months (the head alone) (qt); last night's gas smell from a
 *   pot boiled over, "现在已经散完了莫得事了" (qu); a stairwell switch that sparked
 *   and is now dead (qv).
 * qw, qx, qy, qz (2026-12-07: Zhenxiong, Weixin and Yiliang, Zhaotong Yunnan;
 *   Jianghua and Jiangyong, Yongzhou Hunan; Nanle and Qingfeng, Puyang Henan;
 *   Ledong and Baoting, Hainan), first measured on 3a7ace1: qw 1.000 / 0.985 /
 *   1.000 / 1.000 / 1.000, met every goal; qx 1.000 / 0.977 / 0.992 / 1.000 /
 *   0.926, met every goal; qy 0.992 / 0.992 / 0.992 / 1.000 / 0.926 (1 chatter in
 *   public), met every goal; qz 0.984 / 0.954 / 0.992 / 0.960 / 0.889 (4 chatter
 *   in public); 99 of 100 emergencies caught (98 with the passage reading off).
 *   Missed: a rubber-smoking shed whose smoke turned black, the roof iron red-hot
 *   and flames through the gaps, gas bottles in the woodshed beside it, told after
 *   the day's rubber prices and the shed's everyday white smoke (qz). False alarms:
 *   a smoke alarm beeping for its battery (the head alone); a bang in the power
 *   room, "现在冇得火星子也冇得味道" (qx); a lift that dropped and moved again by
 *   itself, in a long complaint; last night's gas from a pot boiled dry, "这会儿都
 *   没事了" (qy); a warning that the water is over the causeway, spaced by voice;
 *   a motorbike swept over, the rider pulled out, told as a warning; a balcony
 *   built out to the road (the head alone) (qz).
 * ra, rb, rc, rd (2026-12-08: Naiman and Aohan banners, Tongliao and Chifeng
 *   Inner Mongolia; Longsheng, Guilin Guangxi; Dongxing, Fangchenggang Guangxi;
 *   Xunhua, Haidong Qinghai), first measured on 7a697ee: ra 1.000 / 0.985 /
 *   0.985 / 1.000 / 0.962, met every goal; rb 0.992 / 0.985 / 1.000 / 1.000 /
 *   0.962 (1 chatter in public), met every goal; rc 1.000 / 0.977 / 0.992 /
 *   1.000 / 0.893; rd 0.996 / 0.977 / 1.000 / 1.000 / 0.893 (1 chatter in
 *   public); 100 of 100 emergencies caught (99 with the passage reading off).
 *   False alarms: a mahjong parlour's cigarette smoke filling the stairs (ra); a
 *   smoky smell that was cured meat, "不是哪里着火，大家莫慌" (rb); a lost boy
 *   already sat in the guard booth (the head alone); a roof tank overflowing
 *   down the stairs (the head alone); a gas smell from a bottle being changed,
 *   shut off, "冇事", and an old hose (rc); pepper stalks piled by a stove on a
 *   balcony, "一着火整栋楼都完了"; a broken leg last week, home from hospital,
 *   needing coal and water; a sheep slaughtered at home, blood down the stairs
 *   (the head alone) (rd).
 * re, rf, rg, rh (2026-12-08: Yanshan, Yiyang and Hengfeng, Shangrao Jiangxi;
 *   Mojiang and Ning'er, Pu'er Yunnan; Susong, Anqing Anhui and Dongzhi, Chizhou;
 *   Jinzhai and Shucheng, Lu'an Anhui), first measured on db40d3d: re 0.992 /
 *   0.992 / 0.985 / 0.960 / 0.889 (1 chatter in public); rf 0.984 / 0.985 / 0.992
 *   / 0.960 / 0.889 (1 chatter in public, 1 report ignored); rg 0.992 / 0.992 /
 *   1.000 / 1.000 / 0.926 (1 chatter in public), met every goal; rh 0.996 /
 *   0.992 / 1.000 / 1.000 / 1.000, met every goal; 98 of 100 emergencies caught
 *   (97 with the passage reading off). Missed: an old man living alone, lights and
 *   a loud TV day and night, no answer, his phone ringing inside, told at length
 *   (re); a grandfather "脑子有点糊涂" gone to the tea field at seven and not back
 *   after dark, spaced by voice input (rf, ignored as chatter). False alarms:
 *   black smoke that was tea dried over a wood fire, "火都熄了，冇事"; a husband
 *   bedridden half a year after a stroke, a request for care; "4栋电梯又停了 冇人
 *   在里面" (re); a charging lead hung down the stairwell (the head alone); a gas
 *   smell from a pot boiled over, spaced by voice, "现在 莫得 味 了"; digging under
 *   a wall (the head alone) (rf); an old man not seen for three days, no sign of
 *   trouble (the head alone); a husband bedridden after a stroke (rg).
 * ri, rj, rk, rl (2026-12-08: Zhangwu, Fuxin Liaoning; Duchang and Hukou,
 *   Jiujiang Jiangxi; Nanfeng, Yihuang and Le'an, Fuzhou Jiangxi; Lujiang and
 *   Wuwei, Anhui), first measured on ff3c845: ri 0.988 / 1.000 / 0.985 / 1.000 /
 *   1.000 (1 chatter in public), met every goal; rj 0.992 / 0.977 / 0.992 / 1.000
 *   / 0.862 (1 chatter in public); rk 0.992 / 1.000 / 0.992 / 1.000 / 0.926 (1
 *   chatter in public), met every goal; rl 1.000 / 0.992 / 1.000 / 0.960 / 0.960;
 *   99 of 100 emergencies caught (98 with the passage reading off). Missed: milk
 *   not taken for two days, the TV loud, no answer, a charcoal smell at the door
 *   crack and the windows shut tight, spaced by voice (rl). False alarms: a branch
 *   broken in last night's wind, hanging over the school path, the wind dropped;
 *   yellow tap water (the head alone); last night's spark at a stairwell switch,
 *   "现在也没冒烟了"; a forward of a lift accident elsewhere (rj); a boy kept from
 *   school (the head alone); last night's young man on the roof, talked down,
 *   "人冇事" (rk); yesterday's pan fire put out, an empty extinguisher (rl).
 * rm, rn, ro, rp (2026-12-08: Qingyang and Shitai, Chizhou Anhui; Hexian and
 *   Hanshan, Ma'anshan Anhui; Dege and Sershul, Garze Sichuan; Shanggao, Yichun
 *   and Wannian, Shangrao Jiangxi), first measured on b3e69d4: rm 0.996 / 0.977
 *   / 1.000 / 0.960 / 0.923 (1 report ignored); rn 0.984 / 0.992 / 1.000 / 1.000
 *   / 1.000, met every goal; ro 0.984 / 0.992 / 1.000 / 1.000 / 1.000, met every
 *   goal; rp 0.996 / 1.000 / 0.985 / 1.000 / 1.000, met every goal; 99 of 100
 *   emergencies caught (98 with the passage reading off); no chatter answered in
 *   public. Missed: an old man living alone unseen four or five days, his light on
 *   "白天夜里", the TV on, milk piling up, no answer, told after three other
 *   matters (rm). Ignored: "十二幢冇得自来水了" (rm). False alarms: stuck in the
 *   lift ten minutes, let out, "冇得事"; incense burnt on the stairs, sparks
 *   falling beside paper money (rm).
 * rq, rr, rs, rt (2026-12-08: Pengze and Wuning, Jiujiang Jiangxi; Jinping
 *   and Lüchun, Honghe Yunnan; Luquan and Xundian, Kunming Yunnan), first
 *   measured on 9b5036f: rq 1.000 / 0.985 / 0.992 / 1.000 / 0.962, met every
 *   goal; rr 0.980 / 0.992 / 1.000 / 1.000 / 0.962, met every goal; rs 0.992 /
 *   0.992 / 1.000 / 1.000 / 0.862 (1 chatter in public); rt 0.992 / 1.000 /
 *   1.000 / 1.000 / 0.926 (1 chatter in public), met every goal; 100 of 100
 *   emergencies caught (98 with the passage reading off). False alarms: a kitchen
 *   switch that sparked once, the light dead and the breaker tripped (rq); a wood
 *   stove moved into the stairwell beside a gas bottle (rr); mud from last night
 *   blocking a drain, water over the path; a kitchen fire two days ago, put out,
 *   wires burnt; a burnt smell that was chillies roasting; how to escape a fire,
 *   asked (rs); an old woman unseen three days with no sign of trouble (the head
 *   alone); the grid worker's winter safety tips (rt).
 * ru, rv, rw, rx (2026-12-08: Lichuan and Zixi, Fuzhou Jiangxi; Jinggu and
 *   Zhenyuan, Pu'er Yunnan; Dayao, Yao'an and Yongren, Chuxiong Yunnan; Yujiang
 *   and Guixi, Yingtan Jiangxi), first measured on 5ef8123: ru 0.988 / 1.000 /
 *   0.992 / 1.000 / 0.962, met every goal; rv 0.992 / 0.992 / 1.000 / 1.000 /
 *   0.962, met every goal; rw 0.992 / 0.992 / 1.000 / 1.000 / 0.806 (2 chatter in
 *   public); rx 0.988 / 0.992 / 0.985 / 1.000 / 0.926, met every goal; 100 of 100
 *   emergencies caught (99 with the passage reading off). False alarms, the head
 *   alone unless said: a neighbour down with fever, conscious (ru); a cracked bone
 *   yesterday, home in bed (rv); a fire-season reminder (a rule); a dog bite
 *   yesterday, vaccinated; last night's spark at a switch, power cut, fine today
 *   (a rule); an old woman unseen a week, no sign of trouble; smoke on a hill far
 *   across the river (a rule); wire insulation burnt beside dry grass, "怕把草烧着"
 *   (a rule) (rw); last night's lift, out and unhurt; a girl locked out, sat in the
 *   writer's home (rx).
 * ry, rz, sa, sb (2026-12-08: Dongtou, Wenzhou Zhejiang; Zherong, Ningde
 *   Fujian; Yuanyang, Honghe Yunnan; Jinxi and Chongren, Fuzhou Jiangxi), first
 *   measured on 47ee208: ry 0.996 / 0.985 / 0.992 / 0.960 / 0.889 (1 chatter in
 *   public); rz 0.996 / 0.985 / 0.985 / 1.000 / 0.926 (1 chatter in public), met
 *   every goal; sa 1.000 / 0.977 / 0.977 / 1.000 / 0.926, met every goal; sb 0.996
 *   / 0.985 / 0.977 / 1.000 / 0.862; 99 of 100 emergencies caught (97 with the
 *   passage reading off). Missed: a rooftop shed's tin sheets torn up in the
 *   typhoon, one already down on the walkway where people are passing, told after
 *   the household's storm news (ry). False alarms: a sign half down, "今天是没有风
 *   了"; a fishing boat on fire at the pier with the firemen there, smoke drifting
 *   over (a warning); a restaurant's exhaust smelling of gas every day (ry); a
 *   burst pipe with the main shut, "现在没再漏" (rz); the rest the head alone: last
 *   week's lift (rz); last night's drunk young man talked home (sa); three elders
 *   unseen a few days with no sign of trouble (sa, sb); an old woman alone whose
 *   gas bottle is empty; a dog howling all day (sb).
 * sc, sd, se, sf (2026-12-08: Lancang and Menglian, Pu'er Yunnan; Shenmu and
 *   Fugu, Yulin Shaanxi; Anyi, Nanchang and Jing'an, Yichun Jiangxi; Yongsheng and
 *   Huaping, Lijiang Yunnan), first measured on f4eed10: sc 0.988 / 0.985 / 1.000
 *   / 1.000 / 0.962 (2 chatter in public); sd 0.988 / 0.992 / 0.992 / 1.000 /
 *   0.893 (1 chatter in public); se 0.996 / 0.977 / 0.985 / 1.000 / 1.000, met
 *   every goal; sf 0.988 / 0.992 / 0.992 / 1.000 / 0.926 (2 chatter in public);
 *   all 100 emergencies caught (100 with the passage reading off). False alarms: a
 *   gas smell explained, a blowtorch singeing trotters downstairs, "不是漏气" (sc);
 *   a stairwell wire that sparked last night and went out by itself, burnt and
 *   hanging today; a neighbour poking the ceiling with a stick and cursing in the
 *   stairwell; the head alone: a father not answering for days, "不着急，下午能看
 *   一眼就行" (sd); the head alone: this afternoon's lift, everyone out, "没得事了";
 *   a wildfire's smoke smelt last night, far off and put out (sf).
 * sg, sh, si, sj (2026-12-08: Jianchuan and Heqing, Dali Yunnan; Xixian, Daning
 *   and Jixian, Linfen Shanxi; Shiping and Luxi, Honghe Yunnan; Jingning and
 *   Zhuanglang, Pingliang Gansu), first measured on 29ed0c1: sg 0.996 / 0.969 /
 *   1.000 / 1.000 / 1.000 (1 chatter in public), met every goal; sh 0.988 / 0.985
 *   / 0.992 / 1.000 / 0.962, met every goal; si 0.992 / 1.000 / 1.000 / 1.000 /
 *   0.962, met every goal; sj 0.980 / 1.000 / 1.000 / 1.000 / 0.893 (1 chatter in
 *   public); all 100 emergencies caught (100 with the passage reading off). False
 *   alarms: this morning's stove smoke, the old man dizzy, the doctor "说没事，人已经
 *   在家缓过来了" (sh); last night's drunk young man on the roof, talked down, "现在
 *   人在家头" (si); a stairwell switch that sparked yesterday, "现在不敢按，来换一个";
 *   the head alone: stalks and rubbish burnt every morning, "不是着火了"; chickens
 *   kept in the stairwell (sj).
 * sk, sl, sm, sn (2026-12-08: Guangchang, Fuzhou Jiangxi; Fusong and Jingyu,
 *   Baishan Jilin; Wangcang and Qingchuan, Guangyuan Sichuan; Sihong and Siyang,
 *   Suqian Jiangsu), first measured on 8027a43: sk 0.992 / 0.992 / 1.000 / 1.000 /
 *   0.962, met every goal; sl 0.988 / 0.969 / 0.977 / 1.000 / 1.000, met every
 *   goal; sm 0.992 / 0.985 / 1.000 / 0.960 / 0.960 (1 chatter in public); sn 0.996
 *   / 0.969 / 0.992 / 1.000 / 0.893; 99 of 100 emergencies caught (99 with the
 *   passage reading off). Missed: a mother with dementia gone since noon, the
 *   flat found open, dusk and rain coming and a river path with no railing, asked
 *   "麻烦大家帮个忙，转一下也行" (sm; read as a forward). False alarms: a switch that
 *   sparks at every press, "现在都不敢开灯" (sk); a pan fire put out with the lid, "没
 *   得事哈 不好意思" (sm); a lift stopped, "没关人"; children seen up on the roof's edge
 *   yesterday and sent down; straw burnt on the dyke every evening, "天天这样" (sn).
 * so, sp, sq, sr (2026-12-08: Xilin and Longlin, Baise Guangxi; Xinhuang and
 *   Zhijiang, Huaihua Hunan; Hefeng, Enshi Hubei; Qitai and Jimsar, Changji
 *   Xinjiang), first measured on 3b6bd47: so 0.980 / 0.962 / 1.000 / 1.000 / 0.893
 *   (1 chatter in public); sp 0.996 / 0.962 / 1.000 / 1.000 / 0.926 (1 chatter in
 *   public), met every goal; sq 0.996 / 0.977 / 1.000 / 1.000 / 0.962 (1 chatter in
 *   public), met every goal; sr 0.988 / 0.977 / 0.992 / 0.920 / 1.000; 98 of 100
 *   emergencies caught (97 with the passage reading off). Missed: a roof's steel
 *   sheet torn half up in a blizzard wind over the unit door as children come home,
 *   told between complaints about snow clearing and heating bills; a formal
 *   complaint whose lift is stuck now between floors with an old man and a mother
 *   holding a baby, the alarm unanswered for twenty minutes (sr). False alarms: a
 *   man who fetched a stick, pulled apart, "人都走了"; a question, "如果回家一开门闻到
 *   液化气味…"; a socket that sparked 前天 after thunder and now trips (so); the
 *   river rising fast, seen from the bank; a neighbour beaten last night, bruised
 *   this morning (sp); a burning smell traced to grass burnt on the slope across,
 *   "没得事" (sq).
 * ss, st, su, sv (2026-12-08: Nanjiang and Tongjiang, Bazhong Sichuan; Guannan
 *   and Guanyun, Lianyungang Jiangsu; Changbai and Linjiang, Baishan Jilin; Leye
 *   and Tianlin, Baise Guangxi), first measured on d2748f1: ss 0.996 / 0.992 /
 *   0.992 / 1.000 / 0.962 (1 chatter in public), met every goal; st 0.996 / 1.000 /
 *   1.000 / 0.960 / 0.960; su 0.984 / 0.931 / 1.000 / 0.960 / 1.000; sv 0.988 /
 *   0.977 / 1.000 / 1.000 / 0.893 (2 chatter in public); 98 of 100 emergencies
 *   caught (97 with the passage reading off). Missed: an air-conditioner unit
 *   hanging from a bracket rusted through, banging on the wall in the wind over
 *   the pavement where people are passing (st); children on river ice, one of four
 *   gone, "好像是有一个掉窟窿里了", told after a complaint about the unmarked ice hole
 *   (su). False alarms: a gas smell traced to a noodle shop changing its bottle,
 *   "老板说没得事" (ss); a lift that shut a rider in, "已经扒出来了人没事" (st); a
 *   question, "燃气报警器突然响了应该怎么办"; a sparking meter box already replaced,
 *   "现在正常供电了"; the head alone: a snake gone behind a meter box (sv).
 * sw, sx, sy, sz (2026-12-08: Tongshan and Chongyang, Xianning Hubei; Shangcheng
 *   and Xinxian, Xinyang Henan; Zhecheng, Yucheng and Xiayi, Shangqiu Henan;
 *   Tongcheng, Xianning Hubei), first measured on b652a59: sw 0.988 / 1.000 / 0.992
 *   / 1.000 / 0.926; sx 0.992 / 0.992 / 1.000 / 1.000 / 1.000; sy 1.000 / 0.985 /
 *   1.000 / 1.000 / 0.926; sz 0.992 / 0.954 / 1.000 / 1.000 / 0.926; all four met
 *   every goal; all 100 emergencies caught (100 with the passage reading off).
 *   False alarms: last night's lift, the young woman out after twenty minutes,
 *   "人倒是冇事", told as a story; an old man alone coughing all week, a welfare
 *   call (sw); a pole sparking, the power company there, "已经拉闸在修了"; the head
 *   alone: yesterday's lift that dropped and stopped (sy); a meter box that
 *   sparked last night and tripped, a burnt smell today; a lift that shut an old
 *   man in for twenty minutes and opened by itself, "人是冇事" (sz). (Measured
 *   also with the four-head emergency average of b5c5cfe: the same 100 and six
 *   false alarms, one head-only alarm traded for another.)
 * ta, tb, tc, td (2026-12-08: Tongzi and Suiyang, Zunyi Guizhou; Guanling,
 *   Zhenning and Qinglong, Guizhou; Pingli, Baihe and Xunyang, Ankang Shaanxi;
 *   Luonan, Danfeng and Shangnan, Shangluo Shaanxi), first measured on bd692bd: ta
 *   0.996 / 0.977 / 0.992 / 1.000 / 0.962, met every goal; tb 0.992 / 0.992 / 0.992
 *   / 1.000 / 0.893; tc 0.996 / 0.992 / 0.992 / 1.000 / 1.000, met every goal; td
 *   0.992 / 0.977 / 1.000 / 1.000 / 0.962 (1 chatter in public), met every goal;
 *   all 100 emergencies caught (100 with the passage reading off). False alarms:
 *   the head alone: a lost toddler the writer has already taken to the gatehouse
 *   (ta); a drunk who smashed a car with a stick, "人走了"; the head alone: a
 *   boulder stopped against the wall above the school path; a lift that shut
 *   someone in during the power cut, let out by the manager (tb); cries for help
 *   that were a child's cartoon (td).
 * te, tf, tg, th (2026-12-08: Cengong, Sansui and Jianhe, Qiandongnan Guizhou;
 *   Changshun and Ziyun, Guizhou; Zhenping and Zhashui, Shaanxi; Chahar Right Front
 *   and Rear Banners, Ulanqab Inner Mongolia), first measured on d089448: te 1.000 /
 *   0.977 / 0.992 / 1.000 / 1.000, met every goal; tf 0.996 / 0.985 / 0.985 / 1.000
 *   / 0.893; tg 1.000 / 0.954 / 1.000 / 1.000 / 1.000, met every goal; th 0.996 /
 *   1.000 / 1.000 / 1.000 / 0.962, met every goal; all 100 emergencies caught (100
 *   with the passage reading off). False alarms: the head alone: a snake gone
 *   into the rocks where children play; a lift that dropped and stopped, the
 *   rider out, "现在人没事"; a gas smell traced and fixed, "已经处理好了", the
 *   alarm that never rang (tf); yesterday's fall on the icy stairs, "已经送医院了"
 *   (th).
 * ti, tj, tk, tl (2026-12-08: Pu'an and Xingren, Qianxinan Guizhou; Fengning and
 *   Weichang, Chengde Hebei; Minqin, Gulang and Yongchang, Gansu; Longde, Jingyuan
 *   and Pengyang, Guyuan Ningxia), first measured on d5affa3: ti 0.996 / 0.992 /
 *   1.000 / 1.000 / 0.893; tj 1.000 / 0.977 / 0.985 / 1.000 / 0.926, met every goal;
 *   tk 0.988 / 0.962 / 0.992 / 1.000 / 0.962, met every goal; tl 1.000 / 0.962 /
 *   0.992 / 1.000 / 1.000, met every goal; all 100 emergencies caught (97 with the
 *   passage reading off). False alarms: the head alone: a lost toddler already at
 *   the gatehouse eating noodles; a question, "闻到液化气味道要打哪个电话"; a rotten-egg
 *   smell the gas company found to be the septic tank, "说不是燃气" (ti); the head
 *   alone: yesterday's lift that dropped; a flash in the switch room and the power
 *   gone, "现在没动静了，也没冒烟" (tj); kebabs grilled at the door every day, the
 *   smoke in the windows (tk).
 * tm, tn, to, tp (2026-12-08: Sunwu, Xunke and Jiayin, Heilongjiang; Haiyuan,
 *   Tongxin and Yanchi, Ningxia; Longhua and Luanping, Chengde Hebei; Chaonan,
 *   Shantou Guangdong), first measured on 6276a4f: tm 0.980 / 0.931 / 1.000 / 1.000
 *   / 1.000 (1 report ignored: firecrackers at four in the morning, told as a
 *   grumble); tn 0.992 / 0.985 / 1.000 / 0.960 / 1.000; to 0.992 / 0.992 / 1.000 /
 *   1.000 / 0.862 (1 chatter in public); tp 0.984 / 0.977 / 1.000 / 0.960 / 0.923
 *   (1 chatter in public); 98 of 100 emergencies caught (96 with the passage
 *   reading off). Missed: a man who fetched a kitchen knife, "提了把菜刀出来了，在院子
 *   里挥着呢", children close by (tn); a husband with dementia out since nine,
 *   "到今 下昼 四点 无返", Teochew spaced by voice (tp). False alarms: the head alone:
 *   an old man at the gatehouse, given hot water; a gas smell that was a
 *   restaurant's wok, "没事啊大家别慌"; a lift that moved and opened by itself,
 *   "现在是没事了"; the head alone: a loose dog (to); the head alone: a fall 前日,
 *   "已经出院了"; last night's fire engines for a warehouse far off (tp).
 * tq, tr, ts, tt (2026-12-08: Yizhang, Linwu and Jiahe, Chenzhou Hunan; Daoxian,
 *   Ningyuan and Xintian, Yongzhou Hunan; Yuanling and Luxi, Hunan; Sangzhi and
 *   Cili, Zhangjiajie Hunan), first measured on cf2d34f: tq 0.996 / 1.000 / 0.992 /
 *   0.920 / 0.958; tr 0.996 / 0.985 / 0.992 / 1.000 / 0.962, met every goal; ts
 *   0.988 / 0.969 / 0.992 / 0.960 / 0.889; tt 0.992 / 0.985 / 1.000 / 1.000 / 0.862
 *   (1 chatter in public); 97 of 100 emergencies caught (96 with the passage
 *   reading off). Missed: white smoke up the stairwell, "楼梯都看不清了", told
 *   after a homework question; a coal shed "红通通的一片噼里啪啦响", smoke into the
 *   building (tq); smoke rising in the stairwell, "楼梯都看不清了", told after a
 *   complaint about the service charge (ts). False alarms: the head alone: a
 *   charcoal poisoning 前天, home and well (tq); a question on the lift's call
 *   button (tr); bacon smoked in the fire pit every day; the head alone: a
 *   retaining wall cracking wider; wires burnt in last night's fire, put out
 *   (ts); a blocked ditch, water over the road; cries for help that were a war
 *   film; the head alone: an old woman who fell 前天, lying at home; a dog shut in
 *   and howling (tt).
 * tu, tv, tw, tx (2026-12-08: Wuxuan, Xiangzhou and Jinxiu, Laibin Guangxi; Longli,
 *   Huishui and Guiding, Qiannan Guizhou; Mengshan, Zhaoping and Zhongshan,
 *   Guangxi; Kaiyang, Xifeng and Xiuwen, Guiyang Guizhou), first measured on
 *   6fd478b: tu 0.996 / 0.977 / 0.985 / 1.000 / 1.000, met every goal; tv 0.996 /
 *   0.985 / 1.000 / 0.960 / 1.000; tw 0.992 / 0.977 / 0.992 / 1.000 / 0.833 (1
 *   chatter in public); tx 0.988 / 0.969 / 0.985 / 1.000 / 0.926 (1 chatter in
 *   public), met every goal; 99 of 100 emergencies caught (98 with the passage
 *   reading off). Missed: a neighbour with a coal stove who has not opened all
 *   morning, seen through the window on the floor, "喊她也不应", voice with no
 *   stops (tv). False alarms: a husband home from hospital after a stroke whom
 *   the writer cannot lift to bathe; a rotten-egg smell the gas company found to
 *   be the septic tank, "唔系"; cries for help that were a television drama;
 *   last night's fall, "冇大碍…已经去诊所睇过"; the head alone: a lost child
 *   already sat in the gatehouse (tw); smoke far off toward the town, asked
 *   about; a gas smell this morning gone by noon, a check asked for (tx).
 * ty, tz, ua, ub (2026-12-08: Lipu and Yongfu, Guilin Guangxi; Xincheng,
 *   Shanglin and Mashan, Guangxi; Long'an, Tiandeng and Daxin, Guangxi; Longzhou
 *   and Ningming, Chongzuo Guangxi), first measured on 9999523: ty 1.000 / 0.977 /
 *   1.000 / 1.000 / 0.926, met every goal; tz 0.992 / 1.000 / 0.992 / 1.000 / 0.893
 *   (2 chatter in public); ua 0.988 / 1.000 / 0.992 / 1.000 / 0.962 (2 chatter in
 *   public); ub 0.992 / 0.954 / 1.000 / 1.000 / 0.962, met every goal; all 100
 *   emergencies caught (98 with the passage reading off). False alarms: the head
 *   alone: a ceiling leak with plaster falling; last week's faint, in hospital
 *   and better (ty); last night's sewage backflow, gone by morning; a fire pit
 *   missed in the new flat; flowerpots on a roof's edge, "一刮大风随时跌落嚟" (tz); a
 *   flood of years ago remembered in a thunderstorm (ua); the head alone: last
 *   night's young man on the roof's edge, talked down, "而家冇事" (ub).
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBlindSet, type BlindFloor } from './blind-set-checks';

// chatterPublic: where a set misses the goal of 2%.
const FLOORS: Record<string, BlindFloor> = {
  // 1 of 80 chatter answered in public: "今年過年社區有寫春聯的活動嗎？" (labelled chatter).
  hs: { intent: 0.99, category: 0.93, location: 0.99, recall: 0.96, precision: 1, chatterPublic: 0.013 },
  // category 0.977 -> 0.969 with the model trained with cu-hr (one line); recall 0.92 first measured, 1 since the rules read its misses.
  ht: { intent: 1, category: 0.96, location: 1, recall: 1, precision: 1 },
  // recall 0.8 first measured; 0.96 since the rules read four of its five misses (the fifth, "腰疼得下不了床", is care by most labels).
  hu: { intent: 0.99, category: 0.92, location: 0.99, recall: 0.96, precision: 0.95 },
  // First measured: 1 of 80 chatter answered in public, a forwarded coal-smoke warning read as a medical alarm (precision 0.962); a rule reads "转…：" as a forward since.
  hv: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 1 },
  hw: { intent: 0.99, category: 0.96, location: 1, recall: 1, precision: 1 },
  // recall 0.96 first measured; 1 since the rules read its miss.
  hx: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 1 },
  // First measured: 1 of 80 chatter answered in public, "刚刚那个燃气味道是隔壁在熬腊肉，已经问清楚了没事" (a gas alarm,
  // precision 0.962); 熬 explains a smell as cooking since.
  hy: { intent: 0.99, category: 0.93, location: 0.98, recall: 1, precision: 1 },
  hz: { intent: 1, category: 0.96, location: 0.99, recall: 1, precision: 0.96 },
  // recall 0.96 first measured; 1 since the rules read its miss.
  ia: { intent: 1, category: 0.98, location: 0.99, recall: 1, precision: 1 },
  ib: { intent: 0.99, category: 0.96, location: 1, recall: 1, precision: 1 },
  ic: { intent: 0.99, category: 0.93, location: 1, recall: 1, precision: 0.96 },
  id: { intent: 0.99, category: 0.96, location: 0.99, recall: 1, precision: 0.96 },
  // precision 0.962 first measured; 1 since the rules read its false alarm.
  ie: { intent: 1, category: 0.97, location: 0.99, recall: 1, precision: 1 },
  // recall 0.962 / precision 0.926 first measured; 1 / 1 since the rules read its miss and false alarms.
  if: { intent: 1, category: 0.98, location: 0.99, recall: 1, precision: 1 },
  // Its writer labelled 8 reports formal. Recall 0.96 first measured; 1 since the rules read its miss.
  ig: { intent: 1, category: 0.97, location: 0.99, recall: 1, precision: 1, formalReports: 8 },
  // First measured: 1 of 130 reports ignored, a rumour "听说后山那块大石头松了，会不会滚下来？有没有人去看过"; since then
  // hearsay with "has anyone looked?" goes to triage (decide.ts).
  ih: { intent: 0.98, category: 0.96, location: 1, recall: 1, precision: 1 },
  // 1 of 79 chatter answered in public: "請問哪家可以修電視？" (a question to neighbours).
  ii: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 1, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: the forward "【转】…电动车在屋里充电起火" read as a fire.
  ij: { intent: 1, category: 0.99, location: 1, recall: 1, precision: 1 },
  ik: { intent: 0.99, category: 0.94, location: 0.99, recall: 1, precision: 1 },
  il: { intent: 0.99, category: 0.97, location: 1, recall: 1, precision: 0.96 },
  // First measured with 1 of 80 chatter answered in public (a water-tank cleaning notice, "大家储定水"); the rules now read it.
  im: { intent: 0.97, category: 0.94, location: 0.98, recall: 1, precision: 1 },
  // Precision 0.926 → 0.893 after the retraining after mi-ml: the head no longer vetoes a light switch that sparked once and
  // now smells a little burnt (labelled no emergency).
  in: { intent: 1, category: 0.96, location: 0.98, recall: 1, precision: 0.89 },
  io: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 1 },
  ip: { intent: 1, category: 0.99, location: 0.98, recall: 1, precision: 1 },
  iq: { intent: 0.99, category: 0.94, location: 0.98, recall: 1, precision: 1 },
  ir: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 1 },
  is: { intent: 0.99, category: 0.97, location: 1, recall: 1, precision: 1 },
  it: { intent: 0.99, category: 0.99, location: 0.97, recall: 1, precision: 1 },
  // 0.95 since the retraining after qo-qr's rules: a gas smell explained and over, with a request to check the stove,
  // is now read as chatter at 0.50 (triage; its category then goes uncounted).
  iu: { intent: 0.99, category: 0.95, location: 0.99, recall: 1, precision: 1 },
  iv: { intent: 1, category: 0.96, location: 0.99, recall: 1, precision: 1 },
  iw: { intent: 1, category: 0.98, location: 1, recall: 1, precision: 1 },
  // 1 of 80 chatter answered in public: "啤机开到冒烟，人都快熟去" (hot weather, read as a fire).
  ix: { intent: 0.99, category: 0.94, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  iy: { intent: 1, category: 0.94, location: 0.99, recall: 1, precision: 1 },
  iz: { intent: 1, category: 0.98, location: 1, recall: 1, precision: 1 },
  ja: { intent: 1, category: 0.96, location: 1, recall: 1, precision: 1 },
  jb: { intent: 0.99, category: 0.92, location: 0.98, recall: 1, precision: 1 },
  jc: { intent: 1, category: 0.96, location: 1, recall: 1, precision: 1 },
  jd: { intent: 0.99, category: 0.96, location: 1, recall: 1, precision: 0.96 },
  // First measured with 1 of 80 chatter answered in public ("满屋子都是烟子味"); the rules now read it.
  je: { intent: 0.99, category: 1, location: 1, recall: 1, precision: 1 },
  jf: { intent: 1, category: 0.95, location: 1, recall: 1, precision: 0.96 },
  jg: { intent: 1, category: 0.94, location: 0.99, recall: 1, precision: 1 },
  jh: { intent: 1, category: 0.95, location: 1, recall: 1, precision: 0.92 },
  ji: { intent: 1, category: 1, location: 1, recall: 1, precision: 1 },
  jj: { intent: 1, category: 0.97, location: 1, recall: 1, precision: 1 },
  jk: { intent: 1, category: 0.97, location: 1, recall: 1, precision: 0.96 },
  // 1 of 80 chatter answered in public: a reminder "看到山上冒烟要及时打119哦".
  jl: { intent: 0.99, category: 0.97, location: 0.98, recall: 0.96, precision: 0.96, chatterPublic: 0.013 },
  jm: { intent: 0.99, category: 0.95, location: 0.98, recall: 0.96, precision: 1 },
  // 1 of 80 chatter answered in public: a long message praising the property staff after a typhoon.
  jn: { intent: 0.99, category: 0.96, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: a false fire alarm told the morning after, "大家虚惊一场".
  jo: { intent: 0.98, category: 0.97, location: 1, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  jp: { intent: 1, category: 0.98, location: 0.99, recall: 1, precision: 0.92 },
  // 1 of 130 reports ignored: a lift that "顿了一下…后来正常了，请检查".
  jq: { intent: 0.99, category: 0.96, location: 1, recall: 1, precision: 0.96, reportIgnored: 0.008 },
  // 1 of 80 chatter answered in public: chatting downstairs through a power cut (a burnt smell "是隔壁在炒干巴" no longer, after the rules).
  // 2 after the retraining after om-op: "如果电梯突然停了被关在里面应该咋个整？" (labelled chatter) now opens a ticket.
  jr: { intent: 0.99, category: 0.98, location: 0.98, recall: 1, precision: 1, chatterPublic: 0.025 },
  js: { intent: 0.99, category: 0.95, location: 0.97, recall: 1, precision: 0.96 },
  jt: { intent: 0.99, category: 1, location: 1, recall: 1, precision: 1 },
  ju: { intent: 1, category: 0.99, location: 1, recall: 1, precision: 0.92 },
  // 2 of 80 chatter answered in public: "中秋社区有冇搞活动" and "系唔系全小区停电？" (labelled chatter).
  jv: { intent: 0.98, category: 1, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.025 },
  jw: { intent: 0.98, category: 0.96, location: 1, recall: 1, precision: 1 },
  jx: { intent: 0.99, category: 0.98, location: 0.96, recall: 1, precision: 1 },
  jy: { intent: 0.99, category: 0.98, location: 0.99, recall: 1, precision: 0.96 },
  // Category 0.985 first; the retraining after ky-lb reads jz101 (a car half buried, someone knocking inside) as safety, not assistance.
  // Intent 0.996 → 0.988 and category 0.977 → 0.969 after the retraining after ma-md: a lift sinking as it runs (now triage)
  // and a progress question read as chatter.
  jz: { intent: 0.98, category: 0.96, location: 1, recall: 1, precision: 1 },
  // 2 of 80 chatter answered in public: a flood warning "不要让他们去溪边玩水"; a rumour of a jumper "早就劝下来了".
  ka: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 0.86, chatterPublic: 0.025 },
  kb: { intent: 1, category: 0.99, location: 1, recall: 1, precision: 0.92 },
  // 1 of 80 chatter answered in public: a broken step the property will mend tomorrow, "看着点脚底下".
  kc: { intent: 0.97, category: 0.98, location: 1, recall: 1, precision: 0.89, chatterPublic: 0.013 },
  // 1 of 130 reports ignored: an old woman asking neighbours to carry her oxygen up.
  kd: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 1, reportIgnored: 0.008 },
  // 1 of 80 chatter answered in public: rain "落到恁大", peaches falling.
  ke: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: a flood warning to the elderly, "莫跌倒".
  kf: { intent: 0.99, category: 0.99, location: 0.98, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  // Category 0.977 → 0.969 after the retraining after nk-nn: a man shut in his car in a flooding garage (labelled assistance) read as repair.
  kg: { intent: 1, category: 0.96, location: 0.98, recall: 1, precision: 0.89 },
  kh: { intent: 1, category: 0.99, location: 0.99, recall: 1, precision: 1 },
  ki: { intent: 0.99, category: 0.99, location: 0.97, recall: 1, precision: 1 },
  kj: { intent: 0.98, category: 0.99, location: 0.99, recall: 1, precision: 1 },
  kk: { intent: 1, category: 0.98, location: 0.99, recall: 1, precision: 1 },
  kl: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 0.92 },
  km: { intent: 1, category: 0.99, location: 0.99, recall: 1, precision: 0.92 },
  kn: { intent: 1, category: 0.99, location: 1, recall: 1, precision: 1 },
  ko: { intent: 1, category: 1, location: 0.98, recall: 1, precision: 1 },
  kp: { intent: 0.99, category: 1, location: 0.98, recall: 1, precision: 0.96 },
  // 1 of 80 chatter answered in public: a heat reminder "莫坐在日头下…中暑唔得了".
  kq: { intent: 0.99, category: 1, location: 0.98, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: a long account of a festival parade.
  kr: { intent: 0.99, category: 0.97, location: 0.98, recall: 1, precision: 1, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: a long account of last night's typhoon, "大家都平安就好".
  ks: { intent: 0.98, category: 0.99, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  kt: { intent: 1, category: 0.99, location: 1, recall: 1, precision: 1 },
  // 1 of 80 chatter answered in public: a gas smell explained, "现在没味儿了" (after the rules no longer an emergency, still a ticket).
  ku: { intent: 0.98, category: 0.99, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  kv: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 1 },
  kw: { intent: 0.99, category: 1, location: 1, recall: 1, precision: 0.96 },
  kx: { intent: 1, category: 1, location: 1, recall: 1, precision: 0.96 },
  ky: { intent: 0.98, category: 0.99, location: 1, recall: 1, precision: 1 },
  // 1 of 80 chatter answered in public: a relayed missing-person notice from another township.
  kz: { intent: 0.99, category: 1, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  la: { intent: 1, category: 1, location: 0.97, recall: 1, precision: 0.92 },
  // 1 of 80 chatter answered in public: a question to neighbours about the bus (a forwarded fire rumour no longer, after the rules).
  lb: { intent: 0.99, category: 0.97, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  lc: { intent: 0.99, category: 1, location: 0.99, recall: 1, precision: 0.92 },
  // 1 of 80 chatter answered in public: a reminder not to burn paper in the stairwell at Qingming.
  ld: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 1, chatterPublic: 0.013 },
  le: { intent: 0.99, category: 0.97, location: 0.99, recall: 1, precision: 0.86 },
  // 1 of 80 chatter answered in public: a rumour of a jumper "已经被劝下来了".
  lf: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  lg: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 1 },
  lh: { intent: 0.99, category: 0.99, location: 0.97, recall: 1, precision: 0.96 },
  // 1 of 80 chatter answered in public: a question to neighbours about ground locks.
  // Category 0.992 → 0.985 after the retraining after nk-nn: old e-bikes piled in a fire lane (labelled parking) read as safety.
  li: { intent: 0.99, category: 0.98, location: 0.99, recall: 1, precision: 0.85, chatterPublic: 0.013 },
  // 2 of 80 chatter answered in public: a reminder not to charge e-bikes indoors; last night's storm, "大家家里都还好吧".
  lj: { intent: 0.97, category: 0.99, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.025 },
  lk: { intent: 0.98, category: 0.98, location: 0.98, recall: 1, precision: 0.92 },
  ll: { intent: 0.99, category: 0.98, location: 0.99, recall: 1, precision: 0.92 },
  lm: { intent: 0.99, category: 1, location: 0.99, recall: 1, precision: 1 },
  // Category 0.992 → 0.985 after the retraining after mq-mx: a child locked in a kitchen, porridge burning, labelled repair, read as safety.
  ln: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 0.96 },
  lo: { intent: 1, category: 0.99, location: 0.98, recall: 1, precision: 0.96 },
  // 1 of 80 chatter answered in public: a reminder to charge e-bikes in the shed, not the wooden stairwell.
  lp: { intent: 0.99, category: 0.98, location: 0.99, recall: 1, precision: 1, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: praise for a girl who gave CPR. Category 0.985 → 0.977 after the rules: the
  // old woman who fell, "扶起来了 能走", no longer an emergency, is read as a repair by the model.
  lq: { intent: 0.98, category: 0.97, location: 0.99, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  lr: { intent: 1, category: 1, location: 1, recall: 1, precision: 1 },
  // Category 0.99 → 0.98 with the retraining after sk–sv (2026-12-08): the young man on the roof's edge read as safety, not assistance.
  ls: { intent: 1, category: 0.98, location: 0.98, recall: 1, precision: 1 },
  lt: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 1 },
  // Precision 1 → 0.96 with the retraining after sk–sv (2026-12-08): the head alone alarms on a lift that jolted, the rider out, "没事".
  lu: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.96 },
  lv: { intent: 0.99, category: 1, location: 1, recall: 1, precision: 0.89 },
  lw: { intent: 0.99, category: 0.96, location: 0.99, recall: 1, precision: 1 },
  // 1 of 130 reports ignored: a numbered list of lift complaints ("1. 上周三9栋电梯困人…").
  // Category 0.977 → 0.969 after the retraining after mi-ml: strangers in an empty flat read as noise.
  lx: { intent: 0.99, category: 0.96, location: 0.98, recall: 1, precision: 0.96, reportIgnored: 0.008 },
  ly: { intent: 1, category: 0.99, location: 0.98, recall: 1, precision: 0.96 },
  // 1 of 80 chatter answered in public: a reminder after a typhoon not to touch the wires down in the water.
  // Precision 0.92 since the retraining after qs-qz's rules: a warning after the typhoon that wires are down, "大家出门…不要去碰",
  // whose rule alarm the head used to overrule, now stands.
  lz: { intent: 0.98, category: 0.99, location: 1, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  ma: { intent: 0.99, category: 1, location: 1, recall: 1, precision: 1 },
  mb: { intent: 0.99, category: 0.98, location: 0.97, recall: 1, precision: 1 },
  mc: { intent: 1, category: 1, location: 0.98, recall: 1, precision: 1 },
  md: { intent: 0.98, category: 0.99, location: 1, recall: 1, precision: 1 },
  me: { intent: 1, category: 1, location: 0.99, recall: 1, precision: 1 },
  mf: { intent: 1, category: 1, location: 0.98, recall: 1, precision: 1 },
  mg: { intent: 1, category: 0.99, location: 0.99, recall: 1, precision: 1 },
  mh: { intent: 0.99, category: 0.99, location: 0.98, recall: 1, precision: 1 },
  mi: { intent: 0.99, category: 1, location: 0.98, recall: 1, precision: 0.96 },
  // Category 0.977 → 0.969 after the rules and retraining: a gas smell gone by morning, no longer an emergency, reads as a repair.
  mj: { intent: 0.99, category: 0.96, location: 0.98, recall: 1, precision: 0.92 },
  mk: { intent: 0.99, category: 1, location: 0.99, recall: 1, precision: 0.96 },
  ml: { intent: 1, category: 0.99, location: 1, recall: 1, precision: 1 },
  // 1 of 80 chatter answered in public: praise for a worker checking lifts in a power cut.
  mm: { intent: 0.98, category: 0.98, location: 0.98, recall: 0.92, precision: 0.92, chatterPublic: 0.013 },
  // Intent 1 → 0.99 with the retraining after sk–sv (2026-12-08): a notice that the open drain is fenced off read as a report.
  mn: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 0.96 },
  mo: { intent: 0.99, category: 0.98, location: 1, recall: 0.96, precision: 0.92 },
  mp: { intent: 1, category: 0.99, location: 1, recall: 1, precision: 0.89 },
  mq: { intent: 0.99, category: 0.99, location: 1, recall: 0.96, precision: 0.88 },
  mr: { intent: 0.99, category: 0.94, location: 0.99, recall: 1, precision: 0.86, chatterPublic: 0.013 },
  ms: { intent: 0.98, category: 0.96, location: 1, recall: 0.96, precision: 0.88 },
  mt: { intent: 0.98, category: 0.97, location: 0.98, recall: 1, precision: 0.96, chatterPublic: 0.013, reportIgnored: 0.008 },
  mu: { intent: 0.98, category: 0.98, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  mv: { intent: 0.97, category: 0.98, location: 1, recall: 0.88, precision: 0.75, chatterPublic: 0.038 },
  mw: { intent: 1, category: 0.99, location: 0.99, recall: 1, precision: 0.92 },
  mx: { intent: 0.99, category: 0.98, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  // 2 of 80 chatter answered in public: the sugar-water smell told as no gas; "有冇人知燃气公司维修电话？" (a neighbour question).
  my: { intent: 0.97, category: 0.96, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.025 },
  // Category 0.97 since the retraining after ri-rl's rules: one safety report now read as assistance.
  mz: { intent: 0.99, category: 0.97, location: 0.99, recall: 1, precision: 0.96 },
  na: { intent: 0.99, category: 0.98, location: 0.98, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  nb: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  nc: { intent: 1, category: 0.98, location: 1, recall: 0.96, precision: 1 },
  nd: { intent: 0.98, category: 0.97, location: 1, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  ne: { intent: 0.99, category: 0.96, location: 1, recall: 1, precision: 0.89 },
  // 3 of 80 chatter answered in public: the pig-singeing smoke, last night's thunderstorm told at length, the fire-walking show.
  nf: { intent: 0.98, category: 0.99, location: 1, recall: 1, precision: 0.89, chatterPublic: 0.038 },
  ng: { intent: 0.98, category: 0.98, location: 1, recall: 0.96, precision: 0.96, chatterPublic: 0.013 },
  nh: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 1 },
  // Intent 1.000 → 0.996 after the retraining after oe-oh: "3号楼二单元暖气热了" (the heating is on now, labelled chatter) read as a report.
  ni: { intent: 0.99, category: 0.99, location: 0.98, recall: 1, precision: 0.96 },
  nj: { intent: 0.98, category: 0.99, location: 0.99, recall: 1, precision: 0.92 },
  // 2 of 80 chatter answered in public: a fire elsewhere heard of ("我听别人说"), a hill fire far off.
  nk: { intent: 0.98, category: 0.99, location: 0.98, recall: 1, precision: 0.92, chatterPublic: 0.025 },
  nl: { intent: 0.98, category: 0.97, location: 1, recall: 0.96, precision: 1 },
  nm: { intent: 0.99, category: 0.99, location: 0.97, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  nn: { intent: 0.98, category: 0.97, location: 0.97, recall: 0.88, precision: 0.84 },
  no: { intent: 1, category: 1, location: 1, recall: 0.96, precision: 1 },
  // 3 of 80 chatter answered in public: "周五抄水表", the sandstorm reminder, last night's boiler smoke "还以为着火了".
  np: { intent: 0.97, category: 0.96, location: 0.99, recall: 1, precision: 0.89, chatterPublic: 0.038 },
  // Intent 1.000 → 0.996 after the retraining after om-op: "…不是的哈，是汪家在老屋熏火腿…大家别慌" (chatter) read as a report; it asks no ticket.
  nq: { intent: 0.99, category: 0.97, location: 0.99, recall: 0.96, precision: 0.92 },
  nr: { intent: 0.98, category: 0.99, location: 1, recall: 1, precision: 1 },
  ns: { intent: 0.99, category: 0.95, location: 0.97, recall: 1, precision: 0.92 },
  nt: { intent: 0.99, category: 0.96, location: 0.99, recall: 0.96, precision: 0.96 },
  nu: { intent: 0.99, category: 0.94, location: 0.99, recall: 1, precision: 0.92 },
  nv: { intent: 0.98, category: 0.96, location: 1, recall: 1, precision: 0.96 },
  nw: { intent: 0.98, category: 1, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  nx: { intent: 0.98, category: 0.96, location: 0.99, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  // 2 of 80 chatter answered in public: memories of the old street, a river watched from the park.
  ny: { intent: 0.98, category: 1, location: 0.99, recall: 1, precision: 0.92, chatterPublic: 0.025 },
  // 2 of 80 chatter answered in public: a forwarded video of a child pulled from the ice, a CO alarm with a flat battery.
  nz: { intent: 0.97, category: 0.99, location: 1, recall: 0.96, precision: 0.96, chatterPublic: 0.025 },
  // 2 of 80 chatter answered in public: the gas valve tightened "冇事", memories of the 2008 typhoon flood.
  oa: { intent: 0.99, category: 0.96, location: 0.98, recall: 1, precision: 0.92, chatterPublic: 0.025 },
  // 1 of 130 reports ignored: an old woman lost and already found, "寻着了…弗过社区能弗能给渠装个定位的东西".
  ob: { intent: 0.98, category: 0.96, location: 1, recall: 1, precision: 1, reportIgnored: 0.008 },
  // Recall 0.96 first measured, 1 since the rules read its miss; category 0.992 → 0.985 with it: the fire-basket poisoning now alarms
  // as gas and takes that kind's category (safety; labelled assistance).
  oc: { intent: 0.98, category: 0.98, location: 1, recall: 0.96, precision: 0.96, chatterPublic: 0.013 },
  // 2 of 80 chatter answered in public: the gas valve tightened "冇事哩", last night's grass fire.
  od: { intent: 0.98, category: 0.96, location: 1, recall: 0.96, precision: 0.85, chatterPublic: 0.025 },
  oe: { intent: 0.98, category: 0.98, location: 1, recall: 1, precision: 0.83, chatterPublic: 0.013 },
  // 2 of 80 chatter answered in public: a forwarded appeal for a child lost in another town, "9栋垃圾收走了".
  of: { intent: 0.98, category: 1, location: 0.98, recall: 1, precision: 0.96, chatterPublic: 0.025 },
  og: { intent: 1, category: 1, location: 0.98, recall: 1, precision: 1 },
  // 2 of 80 chatter answered in public: a gas smell that was chillies frying, smoke from a hill fire far off.
  oh: { intent: 0.98, category: 0.97, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.025 },
  // 1 of 80 chatter answered in public: a factory fire across the river, "我们这边冇事".
  oi: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  oj: { intent: 0.98, category: 0.99, location: 0.99, recall: 1, precision: 1 },
  // 1 of 80 chatter answered in public: an ambulance that took a grandfather, "人是清醒的…大家莫担心".
  ok: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: praise for the guard who gave first aid "刚才十栋那个阿伯的事".
  ol: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 0.86, chatterPublic: 0.013 },
  // 3 of 80 chatter answered in public: a gas smell from a new stove "大家覅慌", smoke from meat being smoked "虚惊一场", a cry for
  // help that was a war film on TV.
  om: { intent: 0.98, category: 1, location: 0.99, recall: 1, precision: 0.8, chatterPublic: 0.038 },
  // 1 of 80 chatter answered in public: a gas smell from the gas company's pipe work "不用担心".
  on: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  oo: { intent: 0.99, category: 0.99, location: 0.98, recall: 1, precision: 0.92 },
  // 1 of 80 chatter answered in public: "刚才谁家烧焦东西了？楼道里一股味，现在好像散了".
  op: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  // 2 of 80 chatter answered in public: smoke across the river "是不是着火了哦？有没有哪个晓得的", a forwarded story of a battery fire.
  ou: { intent: 0.99, category: 0.98, location: 0.98, recall: 1, precision: 0.92, chatterPublic: 0.025 },
  ov: { intent: 0.99, category: 0.97, location: 1, recall: 1, precision: 1 },
  ow: { intent: 1, category: 0.99, location: 1, recall: 1, precision: 0.96 },
  ox: { intent: 1, category: 0.97, location: 0.98, recall: 1, precision: 1 },
  oy: { intent: 0.99, category: 0.99, location: 0.98, recall: 1, precision: 1 },
  oz: { intent: 0.99, category: 1, location: 0.99, recall: 1, precision: 1 },
  pa: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 0.96 },
  pb: { intent: 0.99, category: 1, location: 0.99, recall: 1, precision: 0.96 },
  // 1 of 80 chatter answered in public: a grandmother's joy at her grandson's exam results.
  pc: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  pd: { intent: 0.99, category: 0.97, location: 1, recall: 1, precision: 1 },
  pe: { intent: 0.99, category: 0.99, location: 0.99, recall: 0.96, precision: 0.92 },
  // 2 of 80 chatter answered in public: "9号楼的快递柜是不是坏了？你们今天能取件不？", the community's free check-up next Wednesday.
  pf: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 1, chatterPublic: 0.025 },
  pg: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 0.89 },
  // 1 of 80 chatter answered in public: a gas smell from a cylinder changed, "已经拧好了，无事了".
  ph: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  pi: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 1 },
  // 1 of 80 chatter answered in public: the river rising, onlookers on the bank.
  pj: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: a gas smell that was a neighbour's stove in the yard, "么事都冇得，大家莫慌哈".
  pk: { intent: 0.98, category: 0.99, location: 0.99, recall: 0.96, precision: 0.92, chatterPublic: 0.013 },
  // 2 of 80 chatter answered in public: a cylinder changed "现在已经关好了…大家不要紧张", a rumour of a drowning "弗晓得真弗真".
  pl: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.86, chatterPublic: 0.025 },
  pm: { intent: 0.99, category: 0.97, location: 0.99, recall: 0.96, precision: 1 },
  pn: { intent: 1, category: 0.96, location: 0.99, recall: 1, precision: 0.92 },
  pq: { intent: 1, category: 1, location: 0.99, recall: 1, precision: 1 },
  pr: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 1 },
  // 2 of 80 chatter answered in public: a rotten-egg smell from the chemical park "风一转就没了", children playing cops and robbers.
  ps: { intent: 0.98, category: 1, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.025 },
  pt: { intent: 0.99, category: 0.93, location: 0.99, recall: 0.96, precision: 0.96 },
  // 1 of 80 chatter answered in public: a cylinder joint tightened, "楼梯间无味了".
  pu: { intent: 0.98, category: 0.94, location: 0.99, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  pv: { intent: 1, category: 1, location: 1, recall: 1, precision: 0.96 },
  pw: { intent: 0.99, category: 0.96, location: 1, recall: 1, precision: 0.96 },
  px: { intent: 0.99, category: 0.98, location: 0.98, recall: 1, precision: 1 },
  // 1 of 80 chatter answered in public: thanks for help with yesterday's fall, "现在搁医院观察，木得大事".
  oq: { intent: 0.99, category: 0.98, location: 0.98, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  // 2 of 80 chatter answered in public: white smoke that was wet firewood "把我笑死了", a wasps' nest warning.
  or: { intent: 0.98, category: 0.99, location: 1, recall: 1, precision: 0.89, chatterPublic: 0.025 },
  os: { intent: 1, category: 0.97, location: 1, recall: 1, precision: 0.96 },
  ot: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 0.96 },
  // 1 of 80 chatter answered in public: the distillery across the river firing its boilers, "莫得事，大家莫慌".
  py: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.89, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: a forwarded warning of someone through the ice at Yilan.
  pz: { intent: 0.99, category: 0.95, location: 0.99, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  qa: { intent: 0.99, category: 0.98, location: 0.99, recall: 0.96, precision: 0.96 },
  qb: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 1 },
  // 1 of 80 chatter answered in public: "东边那是哪儿着火了？…有人晓得不？".
  qc: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  // Precision 0.96 since the retraining after qo-qr's rules: smoke from a charcoal stove lit every evening, "二三楼窗户都是烟",
  // which the head used to overrule, now stands (a rule reading the habit further back needs another retraining).
  qd: { intent: 0.99, category: 0.97, location: 1, recall: 0.96, precision: 0.96 },
  // 3 of 80 chatter answered in public: a gas smell from the cylinder depot "大伙别担心了", "谁家炒辣椒啊", snow sliding off a roof.
  qe: { intent: 0.98, category: 0.98, location: 1, recall: 1, precision: 0.86, chatterPublic: 0.038 },
  qf: { intent: 1, category: 0.97, location: 0.99, recall: 1, precision: 1 },
  qg: { intent: 0.99, category: 0.97, location: 1, recall: 1, precision: 0.96 },
  // 1 of 80 chatter answered in public: fire-brigade advice on a gas smell before lighting up.
  qh: { intent: 0.98, category: 1, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: "说个笑话", a cry for help that was a war film on the TV.
  qi: { intent: 0.99, category: 0.96, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  qj: { intent: 0.98, category: 0.99, location: 1, recall: 1, precision: 1 },
  qk: { intent: 0.97, category: 0.96, location: 1, recall: 1, precision: 1 },
  // 1 of 80 chatter answered in public: "莫慌莫慌，是我家炒干辣子炒糊了".
  ql: { intent: 0.98, category: 0.98, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  qm: { intent: 1, category: 0.98, location: 1, recall: 0.96, precision: 1 },
  // 1 of 80 chatter answered in public: last night's bang that was wedding salutes.
  qn: { intent: 0.99, category: 0.96, location: 0.99, recall: 1, precision: 0.89, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: children playing "抓坏人", a cry for help in the game.
  qo: { intent: 0.98, category: 0.98, location: 1, recall: 0.96, precision: 0.92, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: a burnt smell that was grilled 乳扇, "已经莫得事了".
  qp: { intent: 0.99, category: 0.96, location: 0.98, recall: 0.96, precision: 0.82, chatterPublic: 0.013 },
  // Intent 0.98 since the retraining after ra-rd's rules: a Douyin story of a radiator cracked by roasting sweet potatoes,
  // "咱可别这么干", is now read as a report at 0.50 (triage, nothing said in the group).
  qq: { intent: 0.98, category: 0.97, location: 1, recall: 1, precision: 0.89 },
  qr: { intent: 0.99, category: 0.99, location: 0.99, recall: 0.96, precision: 1 },
  // 1 of 80 chatter answered in public: "酸菜冻成坨了，得拿斧子剁".
  qs: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  qt: { intent: 0.98, category: 0.98, location: 0.98, recall: 1, precision: 0.96 },
  // 1 of 80 chatter answered in public: a neighbour question on school places, long and with many materials named.
  qu: { intent: 0.99, category: 0.96, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: a 接龙 line; 1 of 130 reports ignored: two backpackers not back from the snow (an emergency missed).
  qv: { intent: 0.98, category: 0.96, location: 1, recall: 0.92, precision: 0.95, chatterPublic: 0.013, reportIgnored: 0.008 },
  qw: { intent: 1, category: 0.98, location: 1, recall: 1, precision: 1 },
  qx: { intent: 1, category: 0.97, location: 0.99, recall: 1, precision: 0.92 },
  // 1 of 80 chatter answered in public: praise for the free smoke alarms, in traditional characters.
  qy: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  // 4 of 80 chatter answered in public: warnings to neighbours (the causeway flooded, twice; snakes; after the typhoon).
  qz: { intent: 0.98, category: 0.95, location: 0.99, recall: 0.96, precision: 0.88, chatterPublic: 0.05 },
  ra: { intent: 1, category: 0.98, location: 0.98, recall: 1, precision: 0.96 },
  // 1 of 80 chatter answered in public: a smoky smell that was cured meat, told after memories of the village.
  rb: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  rc: { intent: 1, category: 0.97, location: 0.99, recall: 1, precision: 0.89 },
  // 1 of 80 chatter answered in public: a cry for help that was a TV drama, "虚惊一场".
  rd: { intent: 0.99, category: 0.97, location: 1, recall: 1, precision: 0.89, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: black smoke that was tea dried over a wood fire, "火都熄了，冇事".
  re: { intent: 0.99, category: 0.99, location: 0.98, recall: 0.96, precision: 0.88, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: a gas smell explained, spaced by voice input; 1 of 130 reports ignored: the lost
  // grandfather (an emergency missed).
  rf: { intent: 0.98, category: 0.98, location: 0.99, recall: 0.96, precision: 0.88, chatterPublic: 0.013, reportIgnored: 0.008 },
  // 1 of 80 chatter answered in public: a reminder to burn offerings in the open, not at the doors.
  rg: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  rh: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 1 },
  // 1 of 80 chatter answered in public: a neighbour question on the elders' bus card.
  // Category 1 → 0.99 with the retraining after sk–sv (2026-12-08): the child locked in a running car read as safety, not assistance.
  ri: { intent: 0.98, category: 0.99, location: 0.98, recall: 1, precision: 1, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: a forward of a lift accident in another city.
  rj: { intent: 0.99, category: 0.97, location: 0.99, recall: 1, precision: 0.86, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: a joke about an old couple quarrelling again.
  rk: { intent: 0.99, category: 1, location: 0.99, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  rl: { intent: 1, category: 0.99, location: 1, recall: 0.96, precision: 0.96 },
  // 1 of 130 reports ignored: "十二幢冇得自来水了", read as chatter.
  rm: { intent: 0.99, category: 0.97, location: 1, recall: 0.96, precision: 0.92, reportIgnored: 0.008 },
  rn: { intent: 0.98, category: 0.99, location: 1, recall: 1, precision: 1 },
  ro: { intent: 0.98, category: 0.99, location: 1, recall: 1, precision: 1 },
  rp: { intent: 0.99, category: 1, location: 0.98, recall: 1, precision: 1 },
  rq: { intent: 1, category: 0.98, location: 0.99, recall: 1, precision: 0.96 },
  rr: { intent: 0.98, category: 0.99, location: 1, recall: 1, precision: 0.96 },
  // 1 of 80 chatter answered in public: a burnt smell that was chillies roasting.
  rs: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 0.86, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: the grid worker's winter safety tips.
  rt: { intent: 0.99, category: 1, location: 1, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  ru: { intent: 0.98, category: 1, location: 0.99, recall: 1, precision: 0.96 },
  rv: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 0.96 },
  // 2 of 80 chatter answered in public: a fire-season reminder; smoke on a hill far across the river.
  rw: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 0.8, chatterPublic: 0.025 },
  rx: { intent: 0.98, category: 0.99, location: 0.98, recall: 1, precision: 0.92 },
  // 1 of 80 chatter answered in public: a warning that a fishing boat is on fire at the pier, the firemen there.
  ry: { intent: 0.99, category: 0.98, location: 0.99, recall: 0.96, precision: 0.88, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: last night's typhoon told as small talk.
  rz: { intent: 0.99, category: 0.98, location: 0.98, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  sa: { intent: 1, category: 0.97, location: 0.97, recall: 1, precision: 0.92 },
  sb: { intent: 0.99, category: 0.98, location: 0.97, recall: 1, precision: 0.86 },
  // 2 of 80 chatter answered in public: a gas smell explained (a blowtorch on trotters); the relocation subsidy notice.
  sc: { intent: 0.98, category: 0.98, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.025 },
  // 1 of 80 chatter answered in public: a van's lights left on in the garage.
  sd: { intent: 0.98, category: 0.99, location: 0.99, recall: 1, precision: 0.89, chatterPublic: 0.013 },
  se: { intent: 0.99, category: 0.97, location: 0.98, recall: 1, precision: 1 },
  // 2 of 80 chatter answered in public: this afternoon's lift, everyone out; last night's wildfire smoke, far off and out.
  sf: { intent: 0.98, category: 0.99, location: 0.99, recall: 1, precision: 0.92, chatterPublic: 0.025 },
  // 1 of 80 chatter answered in public: last night's earthquake told as small talk.
  sg: { intent: 0.99, category: 0.96, location: 1, recall: 1, precision: 1, chatterPublic: 0.013 },
  sh: { intent: 0.98, category: 0.98, location: 0.99, recall: 1, precision: 0.96 },
  si: { intent: 0.99, category: 1, location: 1, recall: 1, precision: 0.96 },
  // 1 of 80 chatter answered in public: a gas smell explained (a restaurant lighting its boiler), "虚惊一场".
  sj: { intent: 0.98, category: 1, location: 1, recall: 1, precision: 0.89, chatterPublic: 0.013 },
  sk: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 0.96 },
  sl: { intent: 0.98, category: 0.96, location: 0.97, recall: 1, precision: 1 },
  // 1 of 80 chatter answered in public: a pan fire put out with the lid, "没得事哈 不好意思".
  sm: { intent: 0.99, category: 0.98, location: 1, recall: 0.96, precision: 0.96, chatterPublic: 0.013 },
  sn: { intent: 0.99, category: 0.96, location: 0.99, recall: 1, precision: 0.89 },
  // 1 of 80 chatter answered in public: a cry for help that was an old man's war film, "虚惊一场".
  so: { intent: 0.98, category: 0.96, location: 1, recall: 1, precision: 0.89, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: the river rising fast, seen from the bank.
  sp: { intent: 0.99, category: 0.96, location: 1, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: a burning smell traced to grass burnt on the slope across, "没得事".
  sq: { intent: 0.99, category: 0.97, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  sr: { intent: 0.98, category: 0.97, location: 0.99, recall: 0.92, precision: 1 },
  // 1 of 80 chatter answered in public: a gas smell traced to a noodle shop changing its bottle, "没得事".
  // Category 0.99 → 0.98 with the retraining after tu–tx (2026-12-08): one report's category moved.
  ss: { intent: 0.99, category: 0.98, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  st: { intent: 0.99, category: 1, location: 1, recall: 0.96, precision: 0.96 },
  su: { intent: 0.98, category: 0.93, location: 1, recall: 0.96, precision: 1 },
  // 2 of 80 chatter answered in public: grass burnt on the hill across, "不是我们小区着火"; a sparking meter box already replaced.
  sv: { intent: 0.98, category: 0.97, location: 1, recall: 1, precision: 0.89, chatterPublic: 0.025 },
  // Category 1 → 0.99 with the retraining after tu–tx (2026-12-08): a report of two acceptable codes read as repair.
  sw: { intent: 0.98, category: 0.99, location: 0.99, recall: 1, precision: 0.92 },
  sx: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 1 },
  sy: { intent: 1, category: 0.98, location: 1, recall: 1, precision: 0.92 },
  sz: { intent: 0.99, category: 0.95, location: 1, recall: 1, precision: 0.92 },
  ta: { intent: 0.99, category: 0.97, location: 0.99, recall: 1, precision: 0.96 },
  tb: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 0.89 },
  tc: { intent: 0.99, category: 0.99, location: 0.99, recall: 1, precision: 1 },
  // 1 of 80 chatter answered in public: cries for help that were a child's cartoon.
  td: { intent: 0.99, category: 0.97, location: 1, recall: 1, precision: 0.96, chatterPublic: 0.013 },
  te: { intent: 1, category: 0.97, location: 0.99, recall: 1, precision: 1 },
  tf: { intent: 0.99, category: 0.98, location: 0.98, recall: 1, precision: 0.89 },
  tg: { intent: 1, category: 0.95, location: 1, recall: 1, precision: 1 },
  th: { intent: 0.99, category: 1, location: 1, recall: 1, precision: 0.96 },
  ti: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 0.89 },
  tj: { intent: 1, category: 0.97, location: 0.98, recall: 1, precision: 0.92 },
  tk: { intent: 0.98, category: 0.96, location: 0.99, recall: 1, precision: 0.96 },
  tl: { intent: 1, category: 0.96, location: 0.99, recall: 1, precision: 1 },
  // 1 of 130 reports ignored: firecrackers at four in the morning, told as a grumble.
  tm: { intent: 0.98, category: 0.93, location: 1, recall: 1, precision: 1, reportIgnored: 0.008 },
  tn: { intent: 0.99, category: 0.98, location: 1, recall: 0.96, precision: 1 },
  // 1 of 80 chatter answered in public: a gas smell that was a restaurant's wok.
  to: { intent: 0.99, category: 0.99, location: 1, recall: 1, precision: 0.86, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: last night's fire engines for a warehouse far off.
  tp: { intent: 0.98, category: 0.97, location: 1, recall: 0.96, precision: 0.92, chatterPublic: 0.013 },
  tq: { intent: 0.99, category: 1, location: 0.99, recall: 0.92, precision: 0.95 },
  tr: { intent: 0.99, category: 0.98, location: 0.99, recall: 1, precision: 0.96 },
  ts: { intent: 0.98, category: 0.96, location: 0.99, recall: 0.96, precision: 0.88 },
  // 1 of 80 chatter answered in public: last night's cries for help that were an old man's war film.
  tt: { intent: 0.99, category: 0.98, location: 1, recall: 1, precision: 0.86, chatterPublic: 0.013 },
  tu: { intent: 0.99, category: 0.97, location: 0.98, recall: 1, precision: 1 },
  tv: { intent: 0.99, category: 0.98, location: 1, recall: 0.96, precision: 1 },
  // 1 of 80 chatter answered in public: cries for help that were a television drama.
  tw: { intent: 0.99, category: 0.97, location: 0.99, recall: 1, precision: 0.83, chatterPublic: 0.013 },
  // 1 of 80 chatter answered in public: smoke far off toward the town, asked about.
  tx: { intent: 0.98, category: 0.96, location: 0.98, recall: 1, precision: 0.92, chatterPublic: 0.013 },
  ty: { intent: 1, category: 0.97, location: 1, recall: 1, precision: 0.92 },
  // 2 of 80 chatter answered in public: a fire pit missed in the new flat; a reminder to move e-bikes out of the stairwell.
  tz: { intent: 0.99, category: 1, location: 0.99, recall: 1, precision: 0.89, chatterPublic: 0.025 },
  // 2 of 80 chatter answered in public: a flood of years ago remembered; last night's typhoon, the fallen tree already cleared.
  ua: { intent: 0.98, category: 1, location: 0.99, recall: 1, precision: 0.96, chatterPublic: 0.025 },
  ub: { intent: 0.99, category: 0.95, location: 1, recall: 1, precision: 0.96 },
};

describe('the unseen folder', () => {
  it('holds exactly the sets that have floors here (a set without floors would go unmeasured)', () => {
    const dir = fileURLToPath(new URL('../fixtures/unseen/', import.meta.url));
    // git keeps no empty folder: between two rounds there may be none.
    const files = (existsSync(dir) ? readdirSync(dir) : []).filter((f) => f.endsWith('.jsonl')).sort();
    expect(files).toEqual(Object.keys(FLOORS).map((n) => `blind-${n}.jsonl`).sort());
  });
});

for (const [name, floor] of Object.entries(FLOORS)) {
  checkBlindSet(`unseen/blind-${name}.jsonl`, `blind set ${name}, never trained on`, floor);
}
