//! What the generated catalogue is made of: categories, the shops and sellers that sell them,
//! and per leaf category the words its titles and SKUs are built from. The products themselves
//! are generated from these (`catalogue.rs`); only these few lists are written by hand.

use crate::sandbox::seed::Shop;
use crate::sandbox::seed_1688::Seller;

/// A category of either platform's tree. `parent` 0 is the top level.
pub struct Category {
    pub id: u64,
    pub name: &'static str,
    pub name_trans: &'static str,
    pub parent: u64,
}

/// A leaf category's recipe: titles are `prefix + audience + noun + suffix`, SKUs the
/// combinations of `dims` (at most six), prices drawn from `price` (cents).
pub struct Kind {
    pub category: u64,
    pub prefixes: &'static [&'static str],
    pub audience: &'static [&'static str],
    pub nouns: &'static [(&'static str, &'static str)],
    pub suffixes: &'static [&'static str],
    pub dims: &'static [(&'static str, &'static [&'static str])],
    pub price: (i64, i64),
    /// Shops (Taobao ids) or sellers (1688 open ids, as indexes into the seller list) to draw from.
    pub sellers: &'static [usize],
}

#[rustfmt::skip]
pub const TAOBAO_CATEGORIES: &[Category] = &[
    Category { id: 16, name: "服装鞋包", name_trans: "Apparel, shoes and bags", parent: 0 },
    Category { id: 21, name: "家居日用", name_trans: "Home", parent: 0 },
    Category { id: 14, name: "数码配件", name_trans: "Electronics accessories", parent: 0 },
    Category { id: 50, name: "文具办公", name_trans: "Stationery", parent: 0 },
    Category { id: 50011123, name: "衬衫", name_trans: "Shirts", parent: 16 },
    Category { id: 50000671, name: "T恤", name_trans: "T-shirts", parent: 16 },
    Category { id: 50010850, name: "连衣裙", name_trans: "Dresses", parent: 16 },
    Category { id: 50010167, name: "牛仔裤", name_trans: "Jeans", parent: 16 },
    Category { id: 50012027, name: "运动鞋", name_trans: "Sneakers", parent: 16 },
    Category { id: 50016434, name: "杯子", name_trans: "Mugs and cups", parent: 21 },
    Category { id: 50008565, name: "毛毯", name_trans: "Blankets", parent: 21 },
    Category { id: 50006101, name: "收纳", name_trans: "Storage", parent: 21 },
    Category { id: 50013865, name: "抱枕", name_trans: "Cushions", parent: 21 },
    Category { id: 50018909, name: "充电器", name_trans: "Chargers", parent: 14 },
    Category { id: 50018910, name: "移动电源", name_trans: "Power banks", parent: 14 },
    Category { id: 50005050, name: "数据线", name_trans: "Cables", parent: 14 },
    Category { id: 50012166, name: "蓝牙耳机", name_trans: "Earbuds", parent: 14 },
    Category { id: 50024099, name: "手机壳", name_trans: "Phone cases", parent: 14 },
    Category { id: 50008553, name: "笔记本", name_trans: "Notebooks", parent: 50 },
    Category { id: 50012676, name: "中性笔", name_trans: "Gel pens", parent: 50 },
];

/// Shops beside the three seeded ones (`seed::SHOPS`), which come first in `TAOBAO_SHOPS`.
#[rustfmt::skip]
pub const MORE_SHOPS: &[Shop] = &[
    Shop { id: 88213457, name: "韩风女装旗舰店", shipping_cents: 0 },
    Shop { id: 90412786, name: "潮流运动鞋城", shipping_cents: 1000 },
    Shop { id: 71120933, name: "简约生活家居馆", shipping_cents: 600 },
    Shop { id: 66301874, name: "快充数码专营店", shipping_cents: 0 },
    Shop { id: 58807124, name: "墨香文具小铺", shipping_cents: 500 },
];

// Index into `seed::SHOPS ++ MORE_SHOPS`.
const XIAOTAO: usize = 0;
const YOUPIN: usize = 1;
const JIKE: usize = 2;
const HANFENG: usize = 3;
const CHAOLIU: usize = 4;
const JIANYUE: usize = 5;
const KUAICHONG: usize = 6;
const MOXIANG: usize = 7;

const COLOURS: &[&str] = &["白色", "黑色", "浅蓝", "卡其", "雾霾蓝", "酒红"];
const SIZES: &[&str] = &["S", "M", "L", "XL", "XXL"];

pub const TAOBAO_KINDS: &[Kind] = &[
    Kind {
        category: 50011123,
        prefixes: &["2025新款", "夏季薄款", "春秋", "韩版", "日系", "简约"],
        audience: &["男士", "男装", "潮牌男", ""],
        nouns: &[
            ("短袖衬衫", ""),
            ("长袖衬衫", ""),
            ("牛津纺衬衫", ""),
            ("条纹衬衫", ""),
        ],
        suffixes: &["宽松休闲", "修身百搭", "纯棉透气", "商务正装"],
        dims: &[("颜色", COLOURS), ("尺码", SIZES)],
        price: (5900, 19900),
        sellers: &[XIAOTAO, HANFENG],
    },
    Kind {
        category: 50000671,
        prefixes: &["纯棉", "重磅", "2025夏季", "ins潮", "美式复古"],
        audience: &["男女同款", "男士", "女士", ""],
        nouns: &[
            ("圆领短袖T恤", ""),
            ("印花T恤", ""),
            ("纯色T恤", ""),
            ("宽松打底衫", ""),
        ],
        suffixes: &["上衣", "半袖", "情侣装", "百搭"],
        dims: &[("颜色", COLOURS), ("尺码", SIZES)],
        price: (1990, 8900),
        sellers: &[XIAOTAO, HANFENG],
    },
    Kind {
        category: 50010850,
        prefixes: &["法式", "碎花", "2025新款", "气质", "温柔风"],
        audience: &["女装", "女士", ""],
        nouns: &[("连衣裙", ""), ("长裙", ""), ("吊带裙", ""), ("衬衫裙", "")],
        suffixes: &["收腰显瘦", "度假风", "中长款", "小个子"],
        dims: &[
            ("颜色", &["米白", "黑色", "碎花蓝", "雾粉"]),
            ("尺码", &["S", "M", "L"]),
        ],
        price: (8900, 29900),
        sellers: &[HANFENG],
    },
    Kind {
        category: 50010167,
        prefixes: &["高腰", "直筒", "阔腿", "修身", "复古"],
        audience: &["男士", "女士", "男女同款"],
        nouns: &[("牛仔裤", ""), ("九分牛仔裤", ""), ("破洞牛仔裤", "")],
        suffixes: &["弹力", "显瘦百搭", "水洗做旧", "宽松"],
        dims: &[
            ("颜色", &["深蓝", "浅蓝", "黑色"]),
            ("尺码", &["27", "28", "29", "30", "31"]),
        ],
        price: (6900, 25900),
        sellers: &[XIAOTAO, HANFENG],
    },
    Kind {
        category: 50012027,
        prefixes: &["轻便", "透气", "网面", "厚底", "2025新款"],
        audience: &["男鞋", "女鞋", "情侣款"],
        nouns: &[("运动鞋", ""), ("跑步鞋", ""), ("老爹鞋", ""), ("板鞋", "")],
        suffixes: &["减震", "百搭休闲", "防滑耐磨", "学生"],
        dims: &[
            ("颜色", &["白色", "黑白", "灰色"]),
            ("尺码", &["38", "39", "40", "41", "42", "43"]),
        ],
        price: (9900, 39900),
        sellers: &[CHAOLIU],
    },
    Kind {
        category: 50016434,
        prefixes: &["北欧风", "ins", "简约", "可爱", "创意"],
        audience: &["陶瓷", "玻璃", "不锈钢"],
        nouns: &[("马克杯", ""), ("咖啡杯", ""), ("水杯", ""), ("保温杯", "")],
        suffixes: &["带盖勺", "大容量", "办公室", "情侣款"],
        dims: &[
            ("颜色分类", &["奶白色", "雾霾蓝", "樱花粉", "墨绿"]),
            ("容量", &["350ml", "450ml"]),
        ],
        price: (1590, 8900),
        sellers: &[YOUPIN, JIANYUE],
    },
    Kind {
        category: 50008565,
        prefixes: &["加厚", "冬季", "法兰绒", "珊瑚绒", "羊羔绒"],
        audience: &["沙发", "午睡", "空调", ""],
        nouns: &[("毛毯", ""), ("盖毯", ""), ("毯子", "")],
        suffixes: &["办公室", "单人", "床单", "宿舍"],
        dims: &[
            ("颜色分类", &["燕麦色", "灰色", "奶咖"]),
            ("尺寸", &["100x150cm", "150x200cm", "200x230cm"]),
        ],
        price: (3900, 15900),
        sellers: &[YOUPIN, JIANYUE],
    },
    Kind {
        category: 50006101,
        prefixes: &["透明", "可折叠", "大号", "塑料", "布艺"],
        audience: &["衣物", "桌面", "化妆品", ""],
        nouns: &[("收纳盒", ""), ("收纳箱", ""), ("整理箱", "")],
        suffixes: &["带盖", "家用", "宿舍", "抽屉式"],
        dims: &[
            ("颜色分类", &["透明白", "奶油色", "浅灰"]),
            ("规格", &["小号", "中号", "大号"]),
        ],
        price: (990, 6900),
        sellers: &[YOUPIN, JIANYUE],
    },
    Kind {
        category: 50013865,
        prefixes: &["ins风", "北欧", "卡通", "纯色", "格子"],
        audience: &["沙发", "床头", "办公室"],
        nouns: &[("抱枕", ""), ("靠垫", ""), ("腰枕", "")],
        suffixes: &["含芯", "可拆洗", "午睡", "客厅"],
        dims: &[("颜色分类", &["米白", "姜黄", "墨绿", "灰色"])],
        price: (1990, 7900),
        sellers: &[JIANYUE],
    },
    Kind {
        category: 50018909,
        prefixes: &["65W", "30W", "20W", "100W", "120W"],
        audience: &["氮化镓", "PD", ""],
        nouns: &[("快充充电器", ""), ("充电头", ""), ("多口充电器", "")],
        suffixes: &["适用苹果华为", "typec", "笔记本", "旅行便携"],
        dims: &[
            ("颜色分类", &["白色", "黑色"]),
            ("规格", &["单口", "2C1A 三口"]),
        ],
        price: (2900, 19900),
        sellers: &[JIKE, KUAICHONG],
    },
    Kind {
        category: 50018910,
        prefixes: &["磁吸", "超薄", "大容量", "迷你", "自带线"],
        audience: &["无线", "快充", ""],
        nouns: &[("充电宝", ""), ("移动电源", "")],
        suffixes: &["10000毫安", "20000毫安", "便携", "可上飞机"],
        dims: &[("颜色分类", &["远峰蓝", "白色", "黑色", "粉色"])],
        price: (5900, 25900),
        sellers: &[JIKE, KUAICHONG],
    },
    Kind {
        category: 50005050,
        prefixes: &["编织", "快充", "弯头", "加长", "三合一"],
        audience: &["typec", "苹果", "安卓", ""],
        nouns: &[("数据线", ""), ("充电线", "")],
        suffixes: &["1米", "2米", "耐用", "车载"],
        dims: &[
            ("长度", &["1米", "1.5米", "2米"]),
            ("颜色分类", &["白色", "黑色"]),
        ],
        price: (990, 5900),
        sellers: &[JIKE, KUAICHONG],
    },
    Kind {
        category: 50012166,
        prefixes: &["真无线", "降噪", "运动", "半入耳", "骨传导"],
        audience: &["蓝牙", ""],
        nouns: &[("蓝牙耳机", ""), ("耳机", "")],
        suffixes: &["超长续航", "适用苹果华为", "游戏低延迟", "跑步"],
        dims: &[("颜色分类", &["白色", "黑色", "薄荷绿"])],
        price: (4900, 39900),
        sellers: &[JIKE, KUAICHONG],
    },
    Kind {
        category: 50024099,
        prefixes: &["磁吸", "透明", "防摔", "液态硅胶", "ins"],
        audience: &["适用iPhone16", "适用华为", "适用小米"],
        nouns: &[("手机壳", ""), ("保护套", "")],
        suffixes: &["全包", "简约", "情侣", "新款"],
        dims: &[("颜色分类", &["透明", "黑色", "远峰蓝", "樱花粉"])],
        price: (990, 6900),
        sellers: &[JIKE, KUAICHONG],
    },
    Kind {
        category: 50008553,
        prefixes: &["A5", "B5", "加厚", "复古", "简约"],
        audience: &["学生", "办公", ""],
        nouns: &[("笔记本", ""), ("记事本", ""), ("手账本", "")],
        suffixes: &["方格", "横线", "活页", "牛皮纸"],
        dims: &[("规格", &["A5 80页", "B5 100页", "A5 160页"])],
        price: (590, 3900),
        sellers: &[MOXIANG],
    },
    Kind {
        category: 50012676,
        prefixes: &["速干", "按动", "0.5mm", "ST笔头", "大容量"],
        audience: &["学生", "办公", ""],
        nouns: &[("中性笔", ""), ("签字笔", ""), ("水笔", "")],
        suffixes: &["黑色", "12支装", "考试专用", "顺滑"],
        dims: &[
            ("颜色分类", &["黑色", "蓝色", "红色"]),
            ("规格", &["12支", "24支"]),
        ],
        price: (690, 3900),
        sellers: &[MOXIANG],
    },
];

#[rustfmt::skip]
pub const ALIBABA_CATEGORIES: &[Category] = &[
    Category { id: 7, name: "办公文化", name_trans: "Office and school supplies", parent: 0 },
    Category { id: 1043, name: "3C数码配件", name_trans: "Phone and computer accessories", parent: 0 },
    Category { id: 1038, name: "箱包皮具", name_trans: "Bags and luggage", parent: 0 },
    Category { id: 1813, name: "家居百货", name_trans: "Household", parent: 0 },
    Category { id: 1033054, name: "文件夹", name_trans: "Folders", parent: 7 },
    Category { id: 1032888, name: "本册", name_trans: "Notebooks", parent: 7 },
    Category { id: 1033100, name: "书写工具", name_trans: "Pens", parent: 7 },
    Category { id: 1043211, name: "数据线", name_trans: "Cables", parent: 1043 },
    Category { id: 1043215, name: "充电器", name_trans: "Chargers", parent: 1043 },
    Category { id: 1043230, name: "手机支架", name_trans: "Phone holders", parent: 1043 },
    Category { id: 1038378, name: "女包", name_trans: "Women's bags", parent: 1038 },
    Category { id: 1038400, name: "双肩包", name_trans: "Backpacks", parent: 1038 },
    Category { id: 1038420, name: "钱包", name_trans: "Wallets", parent: 1038 },
    Category { id: 1813100, name: "收纳用品", name_trans: "Storage", parent: 1813 },
    Category { id: 1813200, name: "保温杯", name_trans: "Vacuum cups", parent: 1813 },
    Category { id: 1813300, name: "毛巾", name_trans: "Towels", parent: 1813 },
];

/// Sellers beside the three seeded ones (`seed_1688::SELLERS`), which come first.
#[rustfmt::skip]
pub const MORE_SELLERS: &[Seller] = &[
    Seller { open_id: "BBBt5uV7wX9yZ1aB3cD5eF7gH", nick: "宁波市鄞州墨林文具批发部", shipping_cents: 500 },
    Seller { open_id: "BBBk2mN4pQ6rS8tU0vW2xY4zA", nick: "东莞市联拓电子科技有限公司", shipping_cents: 700 },
    Seller { open_id: "BBBc7dE9fG1hI3jK5lM7nO9pQ", nick: "白沟新城雅致箱包厂", shipping_cents: 1200 },
    Seller { open_id: "BBBr4sT6uV8wX0yZ2aB4cD6eF", nick: "义乌市家佳乐日用品有限公司", shipping_cents: 800 },
    Seller { open_id: "BBBh1iJ3kL5mN7oP9qR1sT3uV", nick: "永康市恒温杯业工贸有限公司", shipping_cents: 900 },
];

// Index into `seed_1688::SELLERS ++ MORE_SELLERS`.
const YOUPIN_WENJU: usize = 0;
const JISU: usize = 1;
const HUADU: usize = 2;
const MOLIN: usize = 3;
const LIANTUO: usize = 4;
const YAZHI: usize = 5;
const JIAJIALE: usize = 6;
const HENGWEN: usize = 7;

/// 1688 nouns carry their English (`subjectTrans`).
pub const ALIBABA_KINDS: &[Kind] = &[
    Kind {
        category: 1033054,
        prefixes: &["A4", "加厚", "透明", "多层", "彩色"],
        audience: &["PVC", "塑料", ""],
        nouns: &[
            ("文件夹", "folder"),
            ("资料册", "display book"),
            ("插页袋", "sheet protector"),
            ("拉链袋", "zip bag"),
        ],
        suffixes: &["办公用品", "学生试卷", "批发", "定制logo"],
        dims: &[
            ("规格", &["20页", "40页", "60页"]),
            ("颜色", &["蓝色", "透明", "黑色"]),
        ],
        price: (120, 980),
        sellers: &[YOUPIN_WENJU, MOLIN],
    },
    Kind {
        category: 1032888,
        prefixes: &["A5", "B5", "胶装", "线圈", "加厚"],
        audience: &["学生", "办公", ""],
        nouns: &[
            ("笔记本", "notebook"),
            ("作业本", "exercise book"),
            ("记事本", "notepad"),
        ],
        suffixes: &["批发", "定制", "文具", "横线"],
        dims: &[("规格", &["60页", "80页", "120页"])],
        price: (90, 680),
        sellers: &[YOUPIN_WENJU, MOLIN],
    },
    Kind {
        category: 1033100,
        prefixes: &["按动", "速干", "0.5mm", "考试", "彩色"],
        audience: &["学生", "办公", ""],
        nouns: &[
            ("中性笔", "gel pen"),
            ("签字笔", "signing pen"),
            ("荧光笔", "highlighter"),
        ],
        suffixes: &["批发", "黑色", "盒装", "广告笔定制"],
        dims: &[
            ("颜色", &["黑色", "蓝色", "红色"]),
            ("包装", &["单支", "12支盒装"]),
        ],
        price: (35, 980),
        sellers: &[YOUPIN_WENJU, MOLIN],
    },
    Kind {
        category: 1043211,
        prefixes: &["Type-C", "苹果", "三合一", "编织", "快充"],
        audience: &["6A", "3A", ""],
        nouns: &[("数据线", "data cable"), ("充电线", "charging cable")],
        suffixes: &["1米2米", "适用安卓", "批发", "工厂直销"],
        dims: &[("长度", &["1米", "2米"]), ("颜色", &["白色", "黑色"])],
        price: (180, 1280),
        sellers: &[JISU, LIANTUO],
    },
    Kind {
        category: 1043215,
        prefixes: &["20W", "33W", "65W", "PD", "氮化镓"],
        audience: &["快充", "多口", ""],
        nouns: &[
            ("充电器", "charger"),
            ("充电头", "charging head"),
            ("插头", "plug"),
        ],
        suffixes: &["3C认证", "适用苹果", "批发", "欧规美规"],
        dims: &[
            ("颜色", &["白色", "黑色"]),
            ("规格", &["美规", "欧规", "英规"]),
        ],
        price: (650, 4580),
        sellers: &[JISU, LIANTUO],
    },
    Kind {
        category: 1043230,
        prefixes: &["桌面", "车载", "折叠", "铝合金", "懒人"],
        audience: &["手机", "平板", ""],
        nouns: &[("支架", "stand"), ("手机支架", "phone holder")],
        suffixes: &["直播", "可调节", "批发", "便携"],
        dims: &[("颜色", &["银色", "黑色", "粉色"])],
        price: (290, 2580),
        sellers: &[JISU, LIANTUO],
    },
    Kind {
        category: 1038378,
        prefixes: &["2025新款", "PU皮", "帆布", "复古", "大容量"],
        audience: &["女士", "通勤", ""],
        nouns: &[
            ("单肩包", "shoulder bag"),
            ("托特包", "tote bag"),
            ("斜挎包", "crossbody bag"),
        ],
        suffixes: &["批发", "韩版", "手提", "百搭"],
        dims: &[("颜色", &["黑色", "棕色", "米白", "酒红"])],
        price: (1580, 8800),
        sellers: &[HUADU, YAZHI],
    },
    Kind {
        category: 1038400,
        prefixes: &["防水", "商务", "学生", "大容量", "轻便"],
        audience: &["男女", "电脑", ""],
        nouns: &[("双肩包", "backpack"), ("书包", "school bag")],
        suffixes: &["批发", "可印logo", "旅行", "USB充电"],
        dims: &[("颜色", &["黑色", "灰色", "藏青"])],
        price: (2280, 9800),
        sellers: &[HUADU, YAZHI],
    },
    Kind {
        category: 1038420,
        prefixes: &["真皮", "PU", "超薄", "短款", "长款"],
        audience: &["男士", "女士", ""],
        nouns: &[("钱包", "wallet"), ("卡包", "card holder")],
        suffixes: &["批发", "防盗刷", "多卡位", "礼盒装"],
        dims: &[("颜色", &["黑色", "棕色", "蓝色"])],
        price: (680, 4800),
        sellers: &[HUADU, YAZHI],
    },
    Kind {
        category: 1813100,
        prefixes: &["塑料", "可折叠", "透明", "带轮", "加厚"],
        audience: &["家用", "衣物", ""],
        nouns: &[
            ("收纳箱", "storage box"),
            ("整理箱", "organizer box"),
            ("收纳筐", "storage basket"),
        ],
        suffixes: &["批发", "带盖", "大号", "宿舍"],
        dims: &[
            ("规格", &["小号", "中号", "大号"]),
            ("颜色", &["透明", "白色"]),
        ],
        price: (380, 3580),
        sellers: &[JIAJIALE],
    },
    Kind {
        category: 1813200,
        prefixes: &["316不锈钢", "智能", "大容量", "便携", "儿童"],
        audience: &["真空", "吸管", ""],
        nouns: &[
            ("保温杯", "vacuum cup"),
            ("水杯", "water bottle"),
            ("焖烧杯", "food jar"),
        ],
        suffixes: &["批发", "定制logo", "礼品", "车载"],
        dims: &[
            ("容量", &["350ml", "500ml", "750ml"]),
            ("颜色", &["白色", "黑色", "蓝色"]),
        ],
        price: (1280, 6800),
        sellers: &[HENGWEN, JIAJIALE],
    },
    Kind {
        category: 1813300,
        prefixes: &["纯棉", "珊瑚绒", "速干", "加厚", "吸水"],
        audience: &["家用", "酒店", ""],
        nouns: &[
            ("毛巾", "towel"),
            ("浴巾", "bath towel"),
            ("方巾", "face towel"),
        ],
        suffixes: &["批发", "定制", "礼盒", "柔软"],
        dims: &[("颜色", &["白色", "灰色", "粉色", "蓝色"])],
        price: (250, 3980),
        sellers: &[JIAJIALE],
    },
];

/// Why PandaPon cannot sell a product, in the words a refusal might use [sandbox's own].
pub const TAOBAO_REFUSALS: &[&str] = &[
    "商家未加入供销平台，暂不支持代购",
    "该类目暂不支持跨境代购",
    "商品已下架",
    "品牌授权受限，禁止分销",
];

pub const ALIBABA_REFUSALS: &[&str] = &["商品已下架", "商家未开通跨境代发", "该商品仅支持线下交易"];

/// English words of the 1688 prefixes and suffixes (`subjectTrans`), when they have one.
pub fn trans(word: &str) -> &str {
    match word {
        "加厚" => "thick",
        "透明" => "transparent",
        "多层" => "multi-layer",
        "彩色" => "coloured",
        "学生" => "student",
        "办公" => "office",
        "批发" => "wholesale",
        "定制" | "定制logo" => "custom",
        "按动" => "retractable",
        "速干" => "quick-dry",
        "快充" => "fast charging",
        "编织" => "braided",
        "三合一" => "3-in-1",
        "苹果" | "适用苹果" => "for iPhone",
        "多口" => "multi-port",
        "桌面" => "desktop",
        "车载" => "car",
        "折叠" | "可折叠" => "foldable",
        "2025新款" => "2025 new",
        "复古" => "vintage",
        "大容量" => "large capacity",
        "帆布" => "canvas",
        "女士" => "women's",
        "男士" => "men's",
        "防水" => "waterproof",
        "商务" => "business",
        "轻便" => "light",
        "真皮" => "leather",
        "超薄" => "slim",
        "塑料" => "plastic",
        "家用" => "household",
        "纯棉" => "cotton",
        "便携" => "portable",
        other => other,
    }
}
