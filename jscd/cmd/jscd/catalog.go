package main

import (
	"sync"

	"github.com/jscd-go/jscd/jscd"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// The command prints through one printer per run: the library's catalogue (jscd.NewCatalog,
// which renders the issues) with the command's own messages added, in English, Arabic and
// Kurdish Sorani. A message is keyed by its English text; the rows below give its Arabic and
// Sorani renderings, with the same verbs in the same order (a test checks). Counts go through
// plural forms (plurals, below): Arabic has six, Sorani two.

var ckb = language.MustParse("ckb")

// newPrinter returns the printer of the language tag, one of jscd.MessageLanguages.
func newPrinter(tag language.Tag) *message.Printer {
	return message.NewPrinter(tag, message.Catalog(commandCatalog()))
}

var commandCatalog = sync.OnceValue(func() catalog.Catalog {
	b := jscd.NewCatalog()
	for _, t := range translations {
		for _, r := range []struct {
			tag language.Tag
			s   string
		}{{language.English, t.en}, {language.Arabic, t.ar}, {ckb, t.ckb}} {
			if r.tag == language.English && t.en == "" {
				continue // the key is the English text
			}
			if err := b.SetString(r.tag, t.key, r.s); err != nil {
				panic(err)
			}
		}
	}
	for _, pl := range plurals {
		set := func(tag language.Tag, cases ...any) {
			if err := b.Set(tag, pl.key, plural.Selectf(1, "%d", cases...)); err != nil {
				panic(err)
			}
		}
		set(language.English, "one", pl.en[0], "other", pl.en[1])
		set(language.Arabic, "zero", pl.ar[0], "one", pl.ar[1], "two", pl.ar[2], "few", pl.ar[3], "many", pl.ar[4], "other", pl.ar[5])
		set(ckb, "one", pl.ckb[0], "other", pl.ckb[1])
	}
	return b
})

// translation is one message: its key (the English text, or for an enumerated value the key
// "value:" and the value), its English text when the key is not the text, and its Arabic and
// Sorani renderings.
type translation struct {
	key, en, ar, ckb string
}

// pluralMessage is a message with a count: its English forms (one, other), its Arabic forms
// (zero, one, two, few, many, other) and its Sorani forms (one, other).
type pluralMessage struct {
	key string
	en  [2]string
	ar  [6]string
	ckb [2]string
}

var plurals = []pluralMessage{
	{"%d errors",
		[2]string{"%d error", "%d errors"},
		[6]string{"لا أخطاء", "خطأ واحد", "خطآن", "%d أخطاء", "%d خطأً", "%d خطأ"},
		[2]string{"%d هەڵە", "%d هەڵە"}},
	{"%d warnings",
		[2]string{"%d warning", "%d warnings"},
		[6]string{"لا تحذيرات", "تحذير واحد", "تحذيران", "%d تحذيرات", "%d تحذيرًا", "%d تحذير"},
		[2]string{"%d ئاگاداری", "%d ئاگاداری"}},
	{"%d notes",
		[2]string{"%d note", "%d notes"},
		[6]string{"لا ملاحظات", "ملاحظة واحدة", "ملاحظتان", "%d ملاحظات", "%d ملاحظةً", "%d ملاحظة"},
		[2]string{"%d تێبینی", "%d تێبینی"}},
	{"checked %d files",
		[2]string{"checked %d file", "checked %d files"},
		[6]string{"لم يُفحص أي ملف", "فُحص ملف واحد", "فُحص ملفان", "فُحصت %d ملفات", "فُحص %d ملفًا", "فُحص %d ملف"},
		[2]string{"%d پەڕگە پشکنرا", "%d پەڕگە پشکنران"}},
	{"; %d notes not shown (-severity info shows them)",
		[2]string{"; %d note not shown (-severity info shows it)", "; %d notes not shown (-severity info shows them)"},
		[6]string{
			"",
			"؛ ولم تُعرض ملاحظة واحدة (يعرضها -severity info)",
			"؛ ولم تُعرض ملاحظتان (يعرضهما -severity info)",
			"؛ ولم تُعرض %d ملاحظات (يعرضها -severity info)",
			"؛ ولم تُعرض %d ملاحظةً (يعرضها -severity info)",
			"؛ ولم تُعرض %d ملاحظة (يعرضها -severity info)"},
		[2]string{"؛ %d تێبینی پیشان نەدرا (-severity info پیشانی دەدات)", "؛ %d تێبینی پیشان نەدران (-severity info پیشانیان دەدات)"}},
	{"; %d files could not be read",
		[2]string{"; %d file could not be read", "; %d files could not be read"},
		[6]string{
			"",
			"؛ وتعذّرت قراءة ملف واحد",
			"؛ وتعذّرت قراءة ملفين",
			"؛ وتعذّرت قراءة %d ملفات",
			"؛ وتعذّرت قراءة %d ملفًا",
			"؛ وتعذّرت قراءة %d ملف"},
		[2]string{"؛ %d پەڕگە نەخوێنرایەوە", "؛ %d پەڕگە نەخوێنرانەوە"}},
}

// labelled are the enumerated values the catalogue names (under "value:" and the value).
var labelled = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range translations {
		if len(t.key) > 6 && t.key[:6] == "value:" {
			m[t.key[6:]] = true
		}
	}
	return m
}()

var translations = []translation{
	// The command line.
	{key: "usage:", ar: "الاستخدام:", ckb: "بەکارهێنان:"},
	{key: "Flags:", ar: "الخيارات:", ckb: "هەڵبژاردەکان:"},
	{key: "Exit status:", ar: "رمز الخروج:", ckb: "دۆخی دەرچوون:"},
	{key: "Commands:", ar: "الأوامر:", ckb: "فەرمانەکان:"},
	{key: "(default %s)", ar: "(الافتراضي %s)", ckb: "(بنەڕەت: %s)"},
	{key: "COMMAND [flags] [arguments]", ar: "COMMAND [الخيارات] [المعطيات]", ckb: "COMMAND [هەڵبژاردەکان] [ئارگومێنتەکان]"},
	{key: "Run '%s -h' for help.", ar: "شغّل '%s -h' للمساعدة.", ckb: "بۆ یارمەتی '%s -h' لێبدە."},
	{key: "jscd checks, formats, compares, queries and exports jscd/1 documents: bilateral security-cooperation frameworks.",
		ar:  "يفحص jscd مستندات jscd/1، وهي أُطر التعاون الأمني الثنائي، وينسّقها ويقارن بينها ويستعلم عنها ويصدّرها.",
		ckb: "jscd بەڵگەنامەکانی jscd/1 دەپشکنێت، ڕێکیان دەخات، بەراوردیان دەکات، پرسیاریان لێدەکات و هەناردەیان دەکات: چوارچێوەکانی هاوکاریی ئاسایشی دوولایەنە."},
	{key: "Run 'jscd COMMAND -h' for the flags and exit statuses of a command. Every command takes -lang en|ar|ckb (English, Arabic, Kurdish Sorani); the default is the language of LC_ALL, LC_MESSAGES or LANG when it is one of those, English otherwise.",
		ar:  "شغّل 'jscd COMMAND -h' لمعرفة خيارات الأمر ورموز خروجه. يقبل كل أمر -lang en|ar|ckb (الإنجليزية، العربية، الكردية السورانية)؛ والافتراضي لغة LC_ALL أو LC_MESSAGES أو LANG إن كانت إحداها، وإلا فالإنجليزية.",
		ckb: "بۆ هەڵبژاردەکان و دۆخەکانی دەرچوونی فەرمانێک 'jscd COMMAND -h' لێبدە. هەموو فەرمانێک -lang en|ar|ckb وەردەگرێت (ئینگلیزی، عەرەبی، کوردیی سۆرانی)؛ بنەڕەت زمانی LC_ALL یان LC_MESSAGES یان LANG ە ئەگەر یەکێک لەوانە بێت، ئەگەرنا ئینگلیزی."},
	{key: "language of the output: en, ar or ckb", ar: "لغة الخرج: en أو ar أو ckb", ckb: "زمانی دەرخراوە: en، ar یان ckb"},
	{key: "unknown command %q", ar: "أمر غير معروف %q", ckb: "فەرمانی نەناسراو %q"},
	{key: "flag %s must follow a command", ar: "يجب أن يأتي الخيار %s بعد أمر", ckb: "هەڵبژاردەی %s دەبێت دوای فەرمانێک بێت"},
	{key: "unknown flag %s", ar: "خيار غير معروف %s", ckb: "هەڵبژاردەی نەناسراو %s"},
	{key: "flag -%s needs a value", ar: "يحتاج الخيار -%s إلى قيمة", ckb: "هەڵبژاردەی -%s پێویستی بە بەهایەکە"},
	{key: "invalid value %q for flag -%s", ar: "قيمة غير صالحة %q للخيار -%s", ckb: "بەهای نادروستی %q بۆ هەڵبژاردەی -%s"},
	{key: "unsupported language %q; the supported languages are %s", ar: "لغة غير مدعومة %q؛ اللغات المدعومة هي %s", ckb: "زمانی پشتگیرینەکراو %q؛ زمانە پشتگیریکراوەکان بریتین لە %s"},
	{key: "invalid -as-of %q: give a day as YYYY-MM-DD", ar: "قيمة -as-of غير صالحة %q: اكتب يوماً بالصيغة YYYY-MM-DD", ckb: "-as-of ی نادروست %q: ڕۆژێک بە شێوەی YYYY-MM-DD بنووسە"},
	{key: "invalid -%s %q; use one of %s", ar: "قيمة -%s غير صالحة %q؛ استخدم إحدى القيم: %s", ckb: "-%s ی نادروست %q؛ یەکێک لەمانە بەکاربهێنە: %s"},
	{key: "missing arguments", ar: "معطيات ناقصة", ckb: "ئارگومێنت کەمە"},
	{key: "too many arguments: %s", ar: "معطيات زائدة: %s", ckb: "ئارگومێنتی زیادە: %s"},
	{key: "%s: no such file or directory", ar: "%s: لا يوجد ملف أو مجلد بهذا الاسم", ckb: "%s: هیچ پەڕگە یان بوخچەیەک بەم ناوە نییە"},
	{key: "%s: permission denied", ar: "%s: الإذن مرفوض", ckb: "%s: ڕێگەپێدان ڕەتکرایەوە"},
	{key: "%s: is a directory", ar: "%s: مجلد وليس ملفاً", ckb: "%s: بوخچەیە نەک پەڕگە"},
	{key: "%s: the file is read-only; it is left as it is", ar: "%s: الملف للقراءة فقط؛ تُرك كما هو", ckb: "%s: پەڕگەکە تەنها بۆ خوێندنەوەیە؛ وەک خۆی جێهێڵرا"},
	{key: ", ", ar: "، ", ckb: "، "},

	// vet
	{key: "check documents against every rule", ar: "فحص المستندات وفق كل القواعد", ckb: "پشکنینی بەڵگەنامەکان بەپێی هەموو ڕێساکان"},
	{key: vetHelp,
		ar: `يفحص vet كل مستند وفق الصيغة وجميع قواعد التحقق، ويبلّغ عن كل المشكلات دفعة واحدة، كلٌّ منها عند سطره وعموده. يدلّ المجلد على كل ملف *.json تحته (وتُتخطّى الأسماء التي تبدأ بـ ".")؛ و"-" هو الدخل القياسي.

مع -format text (الافتراضي) تُكتب كل مشكلة سطراً كما يكتبه المترجمون البرمجيون، فتقرؤه المحررات وأنظمة التكامل المستمر:

    file:line:column: severity: message [code]

ثم سطر خلاصة. تبقى درجة الخطورة (error وwarning وinfo) والرمز بالإنجليزية في كل اللغات، وتأتي الرسالة بلغة -lang. يكتب -format json مستند JSON واحداً فيه كل مشكلة (file وline وcolumn وpath وcode وseverity وmessage وsuggestion)، ويكتب -format sarif صيغة SARIF 2.1.0 لأدوات فحص الشيفرة.

يحدّد -severity أدنى درجة خطورة تُعرض (التحذيرات افتراضياً، وinfo يعرض الملاحظات أيضاً). يفشل المستند بالأخطاء، وبالتحذيرات أيضاً مع -warnings-as-errors، وتُعرض المشكلات المُفشِلة دائماً. ويُفعّل -as-of القواعد المتعلقة بالحاضر (التزام متأخر في ذلك اليوم، أو حدث أو تغيير حالة مؤرَّخ بعده).`,
		ckb: `vet هەر بەڵگەنامەیەک بەپێی فۆرمات و هەموو ڕێساکانی پشتڕاستکردنەوە دەپشکنێت و هەموو کێشەکان بەیەکەوە ڕادەگەیەنێت، هەریەکەیان لە هێڵ و ستوونی خۆیدا. بوخچەیەک واتە هەموو پەڕگەیەکی *.json لە ژێریدا (ئەو ناوانەی بە "." دەست پێدەکەن تێدەپەڕێنرێن)؛ "-" تێخراوەی ستانداردە.

لەگەڵ -format text (بنەڕەت) هەر کێشەیەک دەبێتە هێڵێک وەک ئەوەی کۆمپایلەرەکان دەینووسن، کە دەستکاریکەرەکان و سیستەمەکانی CI دەیخوێننەوە:

    file:line:column: severity: message [code]

پاشان هێڵێکی پوختە. پلەی مەترسی (error، warning، info) و کۆدەکە لە هەموو زمانەکاندا بە ئینگلیزی دەمێننەوە و پەیامەکە بە زمانی -lang دەبێت. -format json یەک بەڵگەنامەی JSON دەنووسێت کە هەموو کێشەکانی تێدایە (file، line، column، path، code، severity، message، suggestion)، و -format sarif فۆرماتی SARIF 2.1.0 دەنووسێت بۆ ئامرازەکانی پشکنینی کۆد.

-severity کەمترین پلەی مەترسی دیاری دەکات کە پیشان دەدرێت (بە بنەڕەت ئاگادارییەکان؛ info تێبینییەکانیش پیشان دەدات). بەڵگەنامە بە هەڵەکان شکست دەهێنێت، و لەگەڵ -warnings-as-errors بە ئاگادارییەکانیش؛ ئەو کێشانەی دەبنە هۆی شکست هەمیشە پیشان دەدرێن. -as-of ئەو ڕێسایانە چالاک دەکات کە پەیوەندییان بە ئێستاوە هەیە (پابەندبوونێکی دواکەوتوو لەو ڕۆژەدا، یان ڕووداو یان گۆڕانی دۆخێک کە ڕێکەوتەکەی دوای ئەو ڕۆژەیە).`},
	{key: vetExits,
		ar: `  0  لا مشكلة مُفشِلة في أي مستند
  1  في مستندٍ أخطاء (أو تحذيرات، مع -warnings-as-errors)
  2  خطأ في الاستخدام، أو ملف تتعذّر قراءته، أو مستند لا يُفكّ ترميزه`,
		ckb: `  0  هیچ بەڵگەنامەیەک کێشەیەکی شکستهێنەری نییە
  1  بەڵگەنامەیەک هەڵەی هەیە (یان ئاگاداری، لەگەڵ -warnings-as-errors)
  2  هەڵەیەک لە بەکارهێناندا، پەڕگەیەک کە ناخوێنرێتەوە، یان بەڵگەنامەیەک کە کۆدەکەی ناکرێتەوە`},
	{key: "turn on the rules about the present, judged on this day", ar: "تفعيل القواعد المتعلقة بالحاضر، محكوماً بها في هذا اليوم", ckb: "چالاککردنی ئەو ڕێسایانەی پەیوەندییان بە ئێستاوە هەیە، بەپێی ئەم ڕۆژە"},
	{key: "rules to turn off, by code, separated by commas", ar: "قواعد تُعطَّل، برموزها، مفصولة بفواصل", ckb: "ئەو ڕێسایانەی ناچالاک دەکرێن، بە کۆدەکانیان، بە کۆما جیاکراونەتەوە"},
	{key: "output format: text, json or sarif", ar: "صيغة الخرج: text أو json أو sarif", ckb: "فۆرماتی دەرخراوە: text، json یان sarif"},
	{key: "least serious problem shown: error, warning or info", ar: "أدنى درجة خطورة تُعرض: error أو warning أو info", ckb: "کەمترین پلەی مەترسی کە پیشان دەدرێت: error، warning یان info"},
	{key: "fail on warnings as well as on errors", ar: "الفشل بالتحذيرات كما بالأخطاء", ckb: "شکستهێنان بە ئاگادارییەکانیش وەک هەڵەکان"},
	{key: "unknown rule %q in -disable; 'jscd rules' lists them", ar: "قاعدة غير معروفة %q في -disable؛ يسردها 'jscd rules'", ckb: "ڕێسای نەناسراو %q لە -disable دا؛ 'jscd rules' لیستیان دەکات"},
	{key: "no problems", ar: "لا مشكلات", ckb: "هیچ کێشەیەک نییە"},

	// SARIF
	{key: "See %s", ar: "انظر %s", ckb: "بڕوانە %s"},
	{key: "The document is well-formed JSON.", ar: "المستند JSON سليم البنية.", ckb: "بەڵگەنامەکە JSON ێکی دروستە."},
	{key: "Every member is one the format defines at its place.", ar: "كل عضو من الأعضاء التي تعرّفها الصيغة في موضعه.", ckb: "هەر ئەندامێک یەکێکە لەوانەی فۆرمات لە شوێنی خۆیدا دیاریی دەکات."},
	{key: "No object has the same key twice.", ar: "لا يتكرر مفتاح في أي كائن.", ckb: "هیچ ئۆبجێکتێک هەمان کلیل دوو جار نییە."},
	{key: "Every value has the JSON type its member expects.", ar: "لكل قيمة نوع JSON الذي يتوقعه عضوها.", ckb: "هەر بەهایەک ئەو جۆرە JSON ەی هەیە کە ئەندامەکەی چاوەڕێی دەکات."},
	{key: "Nothing but white space follows the document.", ar: "لا يلي المستندَ إلا مسافات بيضاء.", ckb: "جگە لە بۆشایی هیچ شتێک بەدوای بەڵگەنامەکەدا نایەت."},
	{key: "The document is within the size and nesting limits.", ar: "المستند ضمن حدود الحجم والتداخل.", ckb: "بەڵگەنامەکە لە سنووری قەبارە و هێلانەکردندایە."},
	{key: "The keys of a text are BCP 47 language tags.", ar: "مفاتيح النص وسوم لغة وفق BCP 47.", ckb: "کلیلەکانی دەقێک تاگی زمانی BCP 47 ن."},
	{key: "The document's format member is \"jscd/1\".", ar: "عضو الصيغة في المستند هو \"jscd/1\".", ckb: "ئەندامی فۆرماتی بەڵگەنامەکە \"jscd/1\" ە."},
	{key: "The input can be read.", ar: "يمكن قراءة المُدخَل.", ckb: "تێخراوەکە دەخوێنرێتەوە."},

	// The rule catalogue's summaries (jscd.Rules), for vet -format sarif and rules.
	{key: "The document's format tag is \"jscd/1\".", ar: "وسم صيغة المستند هو \"jscd/1\".", ckb: "تاگی فۆرماتی بەڵگەنامەکە \"jscd/1\" ە."},
	{key: "Mandatory fields are present and not empty.", ar: "الحقول الإلزامية موجودة وغير فارغة.", ckb: "خانە پێویستەکان هەن و بەتاڵ نین."},
	{key: "IDs are lowercase slugs.", ar: "المعرّفات معرّفات نصية بأحرف صغيرة.", ckb: "ناسێنەرەکان ناسێنەری پیتی بچووکن."},
	{key: "Text keys are well-formed BCP 47 language tags.", ar: "مفاتيح النصوص وسوم لغة سليمة البنية وفق BCP 47.", ckb: "کلیلەکانی دەق تاگی زمانی دروستی BCP 47 ن."},
	{key: "Text keys are language tags in canonical form.", ar: "مفاتيح النصوص وسوم لغة بصيغتها القياسية.", ckb: "کلیلەکانی دەق تاگی زمانن بە شێوەی ستاندارد."},
	{key: "Countries are upper-case ISO 3166-1 alpha-2 codes of countries.", ar: "البلدان رموز بلدان ثنائية الأحرف من ISO 3166-1 بأحرف كبيرة.", ckb: "وڵاتەکان کۆدی دوو پیتیی ISO 3166-1 ی وڵاتن بە پیتی گەورە."},
	{key: "URLs are absolute http or https URLs.", ar: "عناوين URL مطلقة بمخطط http أو https.", ckb: "URL ەکان URL ی تەواوی http یان https ن."},
	{key: "Dates are valid EDTF (levels 0 and 1).", ar: "التواريخ صالحة وفق EDTF (المستويان ٠ و١).", ckb: "ڕێکەوتەکان بەپێی EDTF دروستن (ئاستەکانی ٠ و ١)."},
	{key: "Kinds, statuses, lifecycle stages, roles, strengths, relation types and confidences are defined values.", ar: "الأنواع والحالات ومراحل دورة الحياة والأدوار ودرجات الإلزام وأنواع العلاقات ودرجات الثقة قيمٌ معرّفة.", ckb: "جۆرەکان، دۆخەکان، قۆناغەکانی سووڕی ژیان، ڕۆڵەکان، پلەکانی پابەندی، جۆرەکانی پەیوەندی و پلەکانی متمانە بەهای دیاریکراون."},
	{key: "Areas of cooperation are among the defined areas.", ar: "مجالات التعاون من بين المجالات المعرّفة.", ckb: "بوارەکانی هاوکاری لە نێو بوارە دیاریکراوەکاندان."},
	{key: "Round numbers start at 1.", ar: "أرقام الجولات تبدأ من ١.", ckb: "ژمارەی خولەکان لە ١ەوە دەست پێدەکەن."},
	{key: "Only people hold positions.", ar: "لا يشغل المناصب إلا الأشخاص.", ckb: "تەنها کەسەکان پۆستیان هەیە."},
	{key: "Every ID is used by one entity only, across all collections.", ar: "كل معرّف لا يستخدمه إلا كيان واحد في جميع المجموعات.", ckb: "هەر ناسێنەرێک تەنها یەک قەوارە بەکاری دەهێنێت، لە هەموو کۆمەڵەکاندا."},
	{key: "Every reference names an entity of the document.", ar: "كل إشارة تسمّي كياناً من المستند.", ckb: "هەر ئاماژەیەک ناوی قەوارەیەکی بەڵگەنامەکە دەهێنێت."},
	{key: "Every reference names an entity of the kind its field expects.", ar: "كل إشارة تسمّي كياناً من النوع الذي يتوقعه حقلها.", ckb: "هەر ئاماژەیەک ناوی قەوارەیەک دەهێنێت لەو جۆرەی خانەکەی چاوەڕێی دەکات."},
	{key: "The instruments have exactly two distinct state parties between them.", ar: "للصكوك مجتمعةً دولتان طرفان مختلفتان بالضبط.", ckb: "ئامرازەکان پێکەوە ڕێک دوو دەوڵەتی لایەنی جیاوازیان هەیە."},
	{key: "Each instrument names both states as parties.", ar: "كل صكّ يذكر الدولتين كلتيهما طرفين.", ckb: "هەر ئامرازێک هەردوو دەوڵەتەکە وەک لایەن ناو دەبات."},
	{key: "Delegations are the framework's states, and parties of the event's instrument.", ar: "الوفود هي دولتا الإطار، وهما طرفا صكّ الحدث.", ckb: "شاندەکان دەوڵەتەکانی چوارچێوەکەن، و لایەنی ئامرازی ڕووداوەکەن."},
	{key: "Leads, chairs and delegates belong to a delegation or are marked thirdParty, not both.", ar: "رؤساء الوفود ورؤساء الجلسات والمندوبون ينتمون إلى وفد أو يُعلَّمون بـ thirdParty، لا الاثنين معاً.", ckb: "سەرۆکی شاندەکان، سەرۆکەکان و نوێنەرەکان سەر بە شاندێکن یان بە thirdParty نیشان کراون، نەک هەردووکیان."},
	{key: "Events fall within the span of their instrument.", ar: "تقع الأحداث ضمن مدة صكّها.", ckb: "ڕووداوەکان لە ناو ماوەی ئامرازەکەیاندان."},
	{key: "Relations based-on, implements, continues and supersedes point back in time.", ar: "علاقات based-on وimplements وcontinues وsupersedes تشير إلى الماضي.", ckb: "پەیوەندییەکانی based-on، implements، continues و supersedes ئاماژە بە ڕابردوو دەکەن."},
	{key: "A commitment is not due before it was made.", ar: "لا يستحق الالتزام قبل أن يُقطع.", ckb: "وادەی پابەندبوون پێش دانی نییە."},
	{key: "A commitment's made date agrees with the date of the event it was made at.", ar: "تاريخ قطع الالتزام يوافق تاريخ الحدث الذي قُطع فيه.", ckb: "ڕێکەوتی دانی پابەندبوون لەگەڵ ڕێکەوتی ئەو ڕووداوەدا دەگونجێت کە تێیدا دراوە."},
	{key: "A status history is listed oldest first.", ar: "سجل الحالات مرتّب من الأقدم إلى الأحدث.", ckb: "مێژووی دۆخەکان لە کۆنترینەوە ڕیز کراوە."},
	{key: "A status history follows the allowed transitions.", ar: "سجل الحالات يتبع الانتقالات المسموح بها.", ckb: "مێژووی دۆخەکان گواستنەوە ڕێگەپێدراوەکان دەگرێتە بەر."},
	{key: "No status change is dated before the commitment was made.", ar: "لا يُؤرَّخ أي تغيير في الحالة قبل قطع الالتزام.", ckb: "هیچ گۆڕانێکی دۆخ ڕێکەوتەکەی پێش دانی پابەندبوونەکە نییە."},
	{key: "A person leading, chairing or speaking for a delegation holds a position in its state on the day.", ar: "من يرأس وفداً أو يترأس جلسته أو يتحدث باسمه يشغل منصباً في دولته في ذلك اليوم.", ckb: "کەسێک کە شاندێک بەڕێوە دەبات، سەرۆکایەتی دەکات یان بە ناویەوە قسە دەکات، لەو ڕۆژەدا پۆستێکی لە دەوڵەتەکەیدا هەیە."},
	{key: "A position does not end before it begins.", ar: "لا ينتهي المنصب قبل أن يبدأ.", ckb: "پۆست پێش دەستپێکردنی کۆتایی نایەت."},
	{key: "A person does not hold the same title at the same organisation twice at once.", ar: "لا يشغل الشخص المسمى نفسه في الجهة نفسها مرتين في آن واحد.", ckb: "کەسێک هەمان ناونیشان لە هەمان ڕێکخراودا دوو جار لە یەک کاتدا هەڵناگرێت."},
	{key: "With AsOf: no status change is dated after the as-of day.", ar: "مع AsOf: لا يُؤرَّخ أي تغيير في الحالة بعد اليوم المرجعي.", ckb: "لەگەڵ AsOf: هیچ گۆڕانێکی دۆخ ڕێکەوتەکەی دوای ڕۆژی پێوەر نییە."},
	{key: "With AsOf: no event is dated after the as-of day.", ar: "مع AsOf: لا يُؤرَّخ أي حدث بعد اليوم المرجعي.", ckb: "لەگەڵ AsOf: هیچ ڕووداوێک ڕێکەوتەکەی دوای ڕۆژی پێوەر نییە."},
	{key: "With AsOf: a commitment past its due date is marked done or ended.", ar: "مع AsOf: يُعلَّم الالتزام الذي فات موعد استحقاقه بأنه أُنجز أو انتهى.", ckb: "لەگەڵ AsOf: پابەندبوونێک کە وادەکەی تێپەڕیوە وەک جێبەجێکراو یان کۆتاییهاتوو نیشان کراوە."},
	{key: "No instrument relates to itself and no stakeholder is its own parent.", ar: "لا يرتبط صكّ بنفسه، ولا يكون طرف معني جهةً أمّاً لنفسه.", ckb: "هیچ ئامرازێک پەیوەندیی بە خۆیەوە نییە و هیچ لایەنێک لایەنی سەرەوەی خۆی نییە."},
	{key: "Relations based-on, part-of, supersedes, continues and implements have no cycles.", ar: "لا حلقات في علاقات based-on وpart-of وsupersedes وcontinues وimplements.", ckb: "پەیوەندییەکانی based-on، part-of، supersedes، continues و implements بازنەیان نییە."},
	{key: "Parent links of stakeholders have no cycles.", ar: "لا حلقات في روابط الجهات الأم للأطراف المعنية.", ckb: "بەستەرەکانی لایەنی سەرەوەی لایەنە پەیوەندیدارەکان بازنەیان نییە."},
	{key: "Text is in Unicode normalization form C.", ar: "النص بصيغة التطبيع C في يونيكود.", ckb: "دەق بە شێوەی ئاساییکراوی C ی یونیکۆدە."},
	{key: "Text has no bidirectional controls or other control characters.", ar: "لا يحتوي النص محارف التحكم في الاتجاه ولا غيرها من محارف التحكم.", ckb: "دەق نیشانەی کۆنترۆڵی ئاراستە یان هیچ نیشانەیەکی کۆنترۆڵی تری تێدا نییە."},
	{key: "Text is written in the script of its language tag.", ar: "النص مكتوب بخطّ وسم لغته.", ckb: "دەق بە ئەلفوبێی تاگی زمانەکەی نووسراوە."},
	{key: "No language of a text is the empty string.", ar: "لا تكون أي لغة من لغات النص سلسلة فارغة.", ckb: "هیچ زمانێکی دەقێک زنجیرەیەکی بەتاڵ نییە."},
	{key: "Text has no leading or trailing white space.", ar: "لا يبدأ النص ولا ينتهي بمسافة بيضاء.", ckb: "دەق بە بۆشایی دەست پێناکات و کۆتایی نایەت."},
	{key: "Every event, commitment and assessment cites at least one source.", ar: "يستشهد كل حدث والتزام وتقييم بمصدر واحد على الأقل.", ckb: "هەر ڕووداو، پابەندبوون و هەڵسەنگاندنێک لانیکەم ئاماژە بە یەک سەرچاوە دەکات."},
	{key: "Every source is cited by something.", ar: "يستشهد شيءٌ ما بكل مصدر.", ckb: "شتێک ئاماژە بە هەر سەرچاوەیەک دەکات."},
	// Rules of instruments' lifecycles, sites and places (and the wider summaries of rules
	// that now cover them), translated ahead of the library's catalogue.
	{key: "An instrument's lifecycle is listed oldest first.", ar: "دورة حياة الصكّ مرتّبة من الأقدم إلى الأحدث.", ckb: "قۆناغەکانی ژیانی ئامراز لە کۆنترینەوە ڕیز کراون."},
	{key: "No lifecycle step is dated before the instrument's signature.", ar: "لا تُؤرَّخ أي مرحلة من دورة الحياة قبل توقيع الصكّ.", ckb: "هیچ قۆناغێکی ژیان ڕێکەوتەکەی پێش واژۆکردنی ئامرازەکە نییە."},
	{key: "Each lifecycle step may follow the ones before it.", ar: "كل مرحلة من دورة الحياة يجوز أن تلي المراحل التي قبلها.", ckb: "هەر قۆناغێکی ژیان دەتوانێت دوای ئەوانەی پێش خۆی بێت."},
	{key: "An instrument's status is where its lifecycle leaves it.", ar: "حالة الصكّ هي ما تنتهي إليه دورة حياته.", ckb: "دۆخی ئامراز ئەوەیە کە قۆناغەکانی ژیانی پێی دەگەن."},
	{key: "A site's dates fall within the lifetime of its instrument.", ar: "تقع تواريخ الموقع ضمن عمر صكّه.", ckb: "ڕێکەوتەکانی شوێنێک لە ناو تەمەنی ئامرازەکەیدان."},
	{key: "A site is not removed before it was added.", ar: "لا يُزال الموقع قبل أن يُضاف.", ckb: "شوێنێک پێش زیادکردنی لانابرێت."},
	{key: "No instrument relates to itself and no stakeholder or place is its own parent.", ar: "لا يرتبط صكّ بنفسه، ولا يكون طرف معني أو مكان أصلاً لنفسه.", ckb: "هیچ ئامرازێک پەیوەندیی بە خۆیەوە نییە و هیچ لایەنێک یان شوێنێک سەرەوەی خۆی نییە."},
	{key: "Relations based-on, part-of, supersedes, continues, implements and amends have no cycles.", ar: "لا حلقات في علاقات based-on وpart-of وsupersedes وcontinues وimplements وamends.", ckb: "پەیوەندییەکانی based-on، part-of، supersedes، continues، implements و amends بازنەیان نییە."},
	{key: "Parent links of stakeholders and of places have no cycles.", ar: "لا حلقات في روابط الأصل للأطراف المعنية وللأماكن.", ckb: "بەستەرەکانی سەرەوەی لایەنە پەیوەندیدارەکان و شوێنەکان بازنەیان نییە."},
	{key: "Coordinates are a latitude from -90 to 90 and a longitude from -180 to 180 degrees.", ar: "الإحداثيات خط عرض من -90 إلى 90 وخط طول من -180 إلى 180 درجة.", ckb: "هێڵەکانی شوێن پانییەک لە -90 تا 90 و درێژییەک لە -180 تا 180 پلەن."},
	{key: "Events fall within the lifetime of their instrument.", ar: "تقع الأحداث ضمن عمر صكّها.", ckb: "ڕووداوەکان لە ناو تەمەنی ئامرازەکەیاندان."},
	{key: "Relations based-on, implements, continues, supersedes and amends point back in time.", ar: "علاقات based-on وimplements وcontinues وsupersedes وamends تشير إلى الماضي.", ckb: "پەیوەندییەکانی based-on، implements، continues، supersedes و amends ئاماژە بە ڕابردوو دەکەن."},
	{key: "Commitments have a due date.", ar: "للالتزامات موعد استحقاق.", ckb: "پابەندبوونەکان وادەیان هەیە."},

	// fmt
	{key: "write documents in canonical form", ar: "كتابة المستندات بالصيغة القياسية", ckb: "نووسینی بەڵگەنامەکان بە شێوەی ستاندارد"},
	{key: fmtHelp,
		ar: `يعيد fmt كتابة المستندات بالصيغة القياسية للصيغة، كما يكتبها jscd.Encode: الأعضاء بترتيب الصيغة، ومسافة بادئة من مسافتين، ومفاتيح النصوص والامتدادات مرتّبة، وسطر جديد في النهاية. دون خيارات يكتب الصيغة القياسية لكل مستند إلى الخرج القياسي، ودون ملف يقرأ الدخل القياسي. يدلّ المجلد على كل ملف *.json تحته.

يسرد -l الملفات التي يختلف نصها عن صيغتها القياسية، ويعرض -d الفرق بصيغة unified diff، ويكتب -w الصيغة القياسية في الملف نفسه. يستبدل -w الملف استبدالاً ذرّياً (يُكتب النص الجديد في ملف مؤقت في المجلد نفسه بأذونات الملف، ثم يُعاد تسميته فوقه)، ولا يفعل ذلك إلا إذا اختلف النص، ويترك الملف المقروء فقط كما هو.

المستند الذي لا يُفكّ ترميزه يُبلَّغ عنه بسطره وعموده على الخرج القياسي للأخطاء، ولا يُكتب أبداً. لا توقف مشكلات التحقق fmt: شغّل jscd vet لرؤيتها.`,
		ckb: `fmt بەڵگەنامەکان بە شێوەی ستانداردی فۆرماتەکە دەنووسێتەوە، وەک ئەوەی jscd.Encode دەینووسێت: ئەندامەکان بە ڕیزبەندیی فۆرماتەکە، بۆشایی سەرەتای دوو بۆشایی، کلیلەکانی دەق و پاشکۆکان ڕیزکراو، و هێڵێکی نوێ لە کۆتاییدا. بەبێ هەڵبژاردە شێوەی ستانداردی هەر بەڵگەنامەیەک بۆ دەرخراوەی ستاندارد دەنووسێت؛ بەبێ پەڕگە تێخراوەی ستاندارد دەخوێنێتەوە. بوخچەیەک واتە هەموو پەڕگەیەکی *.json لە ژێریدا.

-l ئەو پەڕگانە لیست دەکات کە دەقەکەیان لە شێوەی ستانداردیان جیاوازە؛ -d جیاوازییەکە وەک unified diff پیشان دەدات؛ -w شێوەی ستاندارد دەگەڕێنێتەوە ناو پەڕگەکە. -w پەڕگەکە بە شێوەیەکی ئەتۆمی دەگۆڕێت (دەقە نوێیەکە لە پەڕگەیەکی کاتیدا لە هەمان بوخچەدا بە مۆڵەتەکانی پەڕگەکە دەنووسرێت، پاشان ناوەکەی دەگۆڕدرێت بۆ سەر پەڕگەکە) و تەنها کاتێک کە جیاواز بێت؛ پەڕگەی تەنها-خوێندنەوە وەک خۆی جێدەهێڵێت.

بەڵگەنامەیەک کە کۆدەکەی ناکرێتەوە بە هێڵ و ستوونەکەیەوە لە دەرخراوەی هەڵەی ستانداردا ڕادەگەیەنرێت و هەرگیز نانووسرێتەوە. کێشەکانی پشتڕاستکردنەوە fmt ڕاناگرن: بۆ ئەوانە jscd vet لێبدە.`},
	{key: fmtExits,
		ar: `  0  كل مستند يُفكّ ترميزه (وهو، مع -l أو -d، بالصيغة القياسية أصلاً)
  1  مع -l أو -d: مستند ليس بالصيغة القياسية
  2  خطأ في الاستخدام، أو ملف تتعذّر قراءته أو كتابته، أو مستند لا يُفكّ ترميزه`,
		ckb: `  0  کۆدی هەموو بەڵگەنامەیەک دەکرێتەوە (و لەگەڵ -l یان -d، پێشتر بە شێوەی ستانداردە)
  1  لەگەڵ -l یان -d: بەڵگەنامەیەک بە شێوەی ستاندارد نییە
  2  هەڵەیەک لە بەکارهێناندا، پەڕگەیەک کە ناخوێنرێتەوە یان نانووسرێت، یان بەڵگەنامەیەک کە کۆدەکەی ناکرێتەوە`},
	{key: "list the files whose text is not in canonical form", ar: "سرد الملفات التي ليس نصها بالصيغة القياسية", ckb: "لیستکردنی ئەو پەڕگانەی دەقەکەیان بە شێوەی ستاندارد نییە"},
	{key: "write the canonical form back to each file", ar: "كتابة الصيغة القياسية في كل ملف نفسه", ckb: "نووسینەوەی شێوەی ستاندارد بۆ ناو هەر پەڕگەیەک"},
	{key: "show the changes as a unified diff", ar: "عرض التغييرات بصيغة unified diff", ckb: "پیشاندانی گۆڕانکارییەکان وەک unified diff"},
	{key: "-w cannot write standard input", ar: "لا يستطيع -w الكتابة في الدخل القياسي", ckb: "-w ناتوانێت تێخراوەی ستاندارد بنووسێتەوە"},

	// diff
	{key: "print what changed between two versions of a document", ar: "طباعة ما تغيّر بين نسختين من مستند", ckb: "چاپکردنی ئەوەی لە نێوان دوو وەشانی بەڵگەنامەیەکدا گۆڕاوە"},
	{key: diffHelp,
		ar:  `يقارن diff بين نسختين من مستند كياناً كياناً، مطابقاً الكيانات بمعرّفاتها، ويطبع سطراً لكل تغيير: "+" للمضاف و"-" للمحذوف و"~" للمعدَّل، ثم المجموعة والمعرّف ومسار الحقل، ثم القيم. يُعرض الكيان المضاف أو المحذوف كاملاً باسمه، بلغة -lang إن كانت في المستند. ويكتب -format json التغييرات مصفوفة JSON من الكائنات (kind وcollection وid وpath وold وnew).`,
		ckb: `diff دوو وەشانی بەڵگەنامەیەک قەوارە بە قەوارە بەراورد دەکات، قەوارەکان بە ناسێنەرەکانیان بەرامبەر یەک دادەنێت، و بۆ هەر گۆڕانێک هێڵێک چاپ دەکات: "+" زیادکراو، "-" لابراو، "~" گۆڕاو، پاشان کۆمەڵەکە، ناسێنەرەکە و ڕێڕەوی خانەکە، و بەهاکان. قەوارەیەک کە بە تەواوی زیاد کرابێت یان لابرابێت بە ناوەکەی پیشان دەدرێت، بە زمانی -lang ئەگەر بەڵگەنامەکە هەیبێت. -format json گۆڕانکارییەکان وەک ڕیزێکی JSON ی ئۆبجێکتەکان دەنووسێت (kind، collection، id، path، old، new).`},
	{key: diffExits,
		ar: `  0  المستندان متطابقان
  1  المستندان مختلفان
  2  خطأ في الاستخدام، أو مستند تتعذّر قراءته أو لا يُفكّ ترميزه`,
		ckb: `  0  بەڵگەنامەکان وەک یەکن
  1  جیاوازن
  2  هەڵەیەک لە بەکارهێناندا، یان بەڵگەنامەیەک کە ناخوێنرێتەوە یان کۆدەکەی ناکرێتەوە`},
	{key: "output format: text or json", ar: "صيغة الخرج: text أو json", ckb: "فۆرماتی دەرخراوە: text یان json"},

	// status
	{key: "show where every commitment stands on a day", ar: "عرض ما آل إليه كل التزام في يوم ما", ckb: "پیشاندانی دۆخی هەموو پابەندبوونێک لە ڕۆژێکدا"},
	{key: statusHelp,
		ar:  `يقرأ status مستنداً ويعرض ما آل إليه كل التزام في يوم ما (اليوم، أو يوم -as-of): حالته إزاء موعد استحقاقه (متأخر، مستحق، غير مستحق بعد، بلا موعد، مُنجَز، سقط، مسحوب، لم يُقطع بعد)، وآخر حالة له في ذلك اليوم ومنذ متى، وموعد استحقاقه؛ ثم عدد الالتزامات في كل حالة، وكل صكّ بالحالة التي يسجّلها المستند وهل بدأت تواريخه أو انتهت في ذلك اليوم. تُقرأ التواريخ مُدداً: الالتزام المستحق في "2021" متأخر ابتداءً من 2022-01-01. ويكتب -format json تقرير الحالة بصيغة JSON، كما يفعل jscd export -to json.`,
		ckb: `status بەڵگەنامەیەک دەخوێنێتەوە و دۆخی هەر پابەندبوونێک لە ڕۆژێکدا پیشان دەدات (ئەمڕۆ، یان ڕۆژی -as-of): دۆخەکەی بەرامبەر وادەکەی (دواکەوتوو، کاتی هاتووە، کاتی نەهاتووە، بێ وادە، جێبەجێکراو، بەسەرچوو، کشێنراوە، هێشتا نەدراوە)، دوایین دۆخی لەو ڕۆژەدا و لە کەیەوە، و وادەکەی؛ پاشان ژمارەی پابەندبوونەکان لە هەر دۆخێکدا، و هەموو ئامرازێک بەو دۆخەی بەڵگەنامەکە تۆماری دەکات و ئایا ڕێکەوتەکانی لەو ڕۆژەدا دەستیان پێکردووە یان کۆتاییان هاتووە. ڕێکەوتەکان وەک ماوە دەخوێنرێنەوە: پابەندبوونێک کە وادەکەی "2021" ە لە 2022-01-01 ەوە دواکەوتووە. -format json ڕاپۆرتی دۆخەکە بە JSON دەنووسێت، وەک jscd export -to json.`},
	{key: statusExits,
		ar: `  0  كُتب التقرير
  2  خطأ في الاستخدام، أو مستند تتعذّر قراءته أو لا يُفكّ ترميزه`,
		ckb: `  0  ڕاپۆرتەکە نووسرا
  2  هەڵەیەک لە بەکارهێناندا، یان بەڵگەنامەیەک کە ناخوێنرێتەوە یان کۆدەکەی ناکرێتەوە`},
	{key: "the day of the report (default today)", ar: "يوم التقرير (الافتراضي اليوم)", ckb: "ڕۆژی ڕاپۆرتەکە (بە بنەڕەت ئەمڕۆ)"},
	{key: "Commitments on %s:", ar: "الالتزامات في %s:", ckb: "پابەندبوونەکان لە %s:"},
	{key: "no status", ar: "بلا حالة", ckb: "بێ دۆخ"},
	{key: "%s since %s", ar: "%s منذ %s", ckb: "%s لە %sەوە"},
	{key: "(possibly %s)", ar: "(ربما %s)", ckb: "(لەوانەیە %s)"},
	{key: "no due date", ar: "بلا موعد استحقاق", ckb: "بێ وادە"},
	{key: "due %s", ar: "مستحق في %s", ckb: "وادە: %s"},
	{key: "none", ar: "لا شيء", ckb: "هیچ"},
	{key: "In all:", ar: "المجموع:", ckb: "کۆی گشتی:"},
	{key: "Instruments on %s:", ar: "الصكوك في %s:", ckb: "ئامرازەکان لە %s:"},
	{key: "no date", ar: "بلا تاريخ", ckb: "بێ ڕێکەوت"},
	{key: "not yet begun", ar: "لم يبدأ بعد", ckb: "هێشتا دەستی پێنەکردووە"},
	{key: "ended", ar: "انتهى", ckb: "کۆتایی هاتووە"},

	// timeline
	{key: "list every dated thing in time order", ar: "سرد كل ما له تاريخ بترتيب الزمن", ckb: "لیستکردنی هەموو شتێکی خاوەن ڕێکەوت بە ڕیزبەندیی کات"},
	{key: timelineHelp,
		ar:  `يسرد timeline كل ما له تاريخ في المستند بترتيب الزمن: مُدد الصكوك وتواقيعها ومراحل دورة حياتها، والأماكن التي تدخل في نطاق صكّ أو تخرج منه، والأحداث، والالتزامات المقطوعة والمستحقة، وتغييرات الحالة، والمناصب المشغولة (أو الأيام التي شُغلت فيها). يذكر كل سطر التاريخ كما يكتبه المستند (فـ"2021" سنة، و"2023-07-31~" يوم تقريبي، و"2020/2021" مدة)، وما يدلّ عليه السطر، ومعرّف موضوعه واسمه بلغة -lang. تُرتَّب التواريخ مُدداً: الأبكر أولاً، ثم الأبعد نهايةً. ويكتب -format json المدخلات بصيغة JSON.`,
		ckb: `timeline هەموو شتێکی خاوەن ڕێکەوتی بەڵگەنامەیەک بە ڕیزبەندیی کات لیست دەکات: ماوە و واژۆکردن و قۆناغەکانی ژیانی ئامرازەکان، ئەو شوێنانەی دەچنە ژێر ئامرازێکەوە یان لێی دەردەچن، ڕووداوەکان، پابەندبوونە دراوەکان و ئەوانەی وادەیان هاتووە، گۆڕانەکانی دۆخ، و ئەو پۆستانەی گیراون (یان ئەو ڕۆژانەی تێیدا گیراون). هەر هێڵێک ڕێکەوتەکە وەک بەڵگەنامەکە دەینووسێت دەدات (کەواتە "2021" ساڵێکە، "2023-07-31~" ڕۆژێکی نزیکەیی، "2020/2021" ماوەیەک)، ئەوەی هێڵەکە نیشانی دەدات، ناسێنەری بابەتەکەی و ناوەکەی بە زمانی -lang. ڕێکەوتەکان وەک ماوە ڕیز دەکرێن: زووترین یەکەم، پاشان درەنگترین کۆتایی. -format json تۆمارەکان بە JSON دەنووسێت.`},
	{key: timelineExits,
		ar: `  0  كُتب التسلسل الزمني
  2  خطأ في الاستخدام، أو مستند تتعذّر قراءته أو لا يُفكّ ترميزه`,
		ckb: `  0  هێڵی کات نووسرا
  2  هەڵەیەک لە بەکارهێناندا، یان بەڵگەنامەیەک کە ناخوێنرێتەوە یان کۆدەکەی ناکرێتەوە`},

	// search
	{key: "find stakeholders by name, in any language", ar: "البحث عن الأطراف المعنية بأسمائها، بأي لغة", ckb: "دۆزینەوەی لایەنە پەیوەندیدارەکان بە ناو، بە هەر زمانێک"},
	{key: searchHelp,
		ar:  `يجد search الأطراف المعنية التي يطابق الاستعلامَ اسمُها أو اسمها المختصر أو أسماؤها الأخرى أو مسمّيات مناصبها، بأي لغة من لغات المستند. لا أثر لحالة الأحرف ولا لعرضها ولا للحركات والعلامات ولا لأشكال الحروف العربية ولا لأداة التعريف: "sudani" و"Al-Sudani" و"السوداني" تجد الشخص نفسه. الكلمات التي تلي الملف تؤلّف استعلاماً واحداً. يذكر كل سطر معرّف الطرف، ومدى مطابقته (تامة، كلمات، بدايات كلمات، جزء من كلمة)، واسمه بلغة -lang، والنص الذي طابق وموضعه في المستند. ويكتب -format json النتائج بصيغة JSON.`,
		ckb: `search ئەو لایەنە پەیوەندیدارانە دەدۆزێتەوە کە ناو، ناوی کورت، ناوەکانی تر یان ناونیشانی پۆستەکانیان لەگەڵ پرسیارەکەدا دەگونجێت، بە هەر زمانێکی بەڵگەنامەکە. پیتی گەورە و بچووک، پانی، نیشانەکان، شێوە جیاوازەکانی پیتی عەرەبی و ئامرازی ناساندن گرنگ نین: "sudani"، "Al-Sudani" و "السوداني" هەمان کەس دەدۆزنەوە. ئەو وشانەی دوای پەڕگەکە دێن یەک پرسیار پێکدەهێنن. هەر هێڵێک ناسێنەری لایەنەکە، ئاستی گونجانەکە (تەواو، وشەکان، سەرەتای وشەکان، بەشێک لە وشەیەک)، ناوەکەی بە زمانی -lang، و ئەو دەقەی گونجا لەگەڵ شوێنەکەی لە بەڵگەنامەکەدا دەدات. -format json ئەنجامەکان بە JSON دەنووسێت.`},
	{key: searchExits,
		ar: `  0  طابق شيءٌ ما
  1  لم يطابق شيء
  2  خطأ في الاستخدام، أو مستند تتعذّر قراءته أو لا يُفكّ ترميزه`,
		ckb: `  0  شتێک گونجا
  1  هیچ شتێک نەگونجا
  2  هەڵەیەک لە بەکارهێناندا، یان بەڵگەنامەیەک کە ناخوێنرێتەوە یان کۆدەکەی ناکرێتەوە`},
	{key: "matched %q at %s", ar: "طابق %q في %s", ckb: "%q گونجا لە %s"},
	{key: "nothing matches %q", ar: "لا شيء يطابق %q", ckb: "هیچ شتێک لەگەڵ %q ناگونجێت"},
	{key: "exact", ar: "تامة", ckb: "تەواو"},
	{key: "words", ar: "كلمات", ckb: "وشەکان"},
	{key: "word starts", ar: "بدايات كلمات", ckb: "سەرەتای وشەکان"},
	{key: "part of a word", ar: "جزء من كلمة", ckb: "بەشێک لە وشەیەک"},

	// export
	{key: "write commitments, events, lineage or status for other tools", ar: "كتابة الالتزامات أو الأحداث أو شجرة النسب أو الحالة لأدوات أخرى", ckb: "نووسینی پابەندبوونەکان، ڕووداوەکان، ڕەچەڵەک یان دۆخ بۆ ئامرازەکانی تر"},
	{key: exportHelp,
		ar: `يكتب export المستند، أو ما تستخرجه المكتبة منه، بصيغة تقرؤها أدوات أخرى، إلى الخرج القياسي:

  csv   الالتزامات، صفّاً لكل التزام (RFC 4180)، بحالتها وحالتها إزاء موعد استحقاقها في يوم -as-of (الافتراضي اليوم): لجداول البيانات
  ics   الأحداث المؤرَّخة تقويماً بصيغة iCalendar (RFC 5545): يوماً أو أكثر، أحداثاً ليوم كامل من التواريخ كما كُتبت؛ والتاريخ غير المؤكد أو التقريبي، أو المعروف إلى الشهر أو السنة فقط، يُكتب في ملخّص الحدث
  dot   شجرة النسب (ما يستند إلى ماذا) رسماً بيانياً لـ Graphviz: الصكوك والأحداث عُقداً أشكالها بحسب أنواعها، والعلاقات حوافّ أنماطها بحسب أنواعها، والأسس في الأعلى
  json  تقرير الحالة في يوم -as-of بصيغة JSON: حالة كل التزام، والأعداد، والالتزامات بحسب الطرف وبحسب المجال

تأتي الأسماء والنصوص بلغة -lang إن كانت في المستند. وتبقى أسماء أعمدة CSV وقيم الصيغة (الأنواع والحالات) كما تكتبها الصيغة.`,
		ckb: `export بەڵگەنامەیەک، یان ئەوەی کتێبخانەکە تێیدا دەیدۆزێتەوە، بە فۆرماتێک دەنووسێت کە ئامرازەکانی تر دەیخوێننەوە، بۆ دەرخراوەی ستاندارد:

  csv   پابەندبوونەکان، هەریەکە ڕیزێک (RFC 4180)، لەگەڵ دۆخەکەیان و دۆخیان بەرامبەر وادەکەیان لە ڕۆژی -as-of (بە بنەڕەت ئەمڕۆ): بۆ خشتەکان
  ics   ڕووداوە خاوەن ڕێکەوتەکان وەک ڕۆژژمێرێکی iCalendar (RFC 5545): ڕۆژێک یان چەند ڕۆژێک، وەک ڕووداوی هەموو ڕۆژ لە ڕێکەوتەکان وەک نووسراون؛ ڕێکەوتێکی نادڵنیا یان نزیکەیی، یان یەکێک کە تەنها تا مانگ یان ساڵ زانراوە، لە پوختەی ڕووداوەکەدا دەنووسرێت
  dot   ڕەچەڵەک (چی لەسەر چی وەستاوە) وەک گرافێکی Graphviz: ئامراز و ڕووداوەکان وەک گرێ بە شێوەی جۆرەکەیان، پەیوەندییەکان وەک لێوار بە ستایلی جۆرەکەیان، بنەماکان لە سەرەوە
  json  ڕاپۆرتی دۆخی -as-of بە JSON: دۆخی هەموو پابەندبوونێک، ژمارەکان، و پابەندبوونەکان بەپێی لایەن و بەپێی بوار

ناو و دەقەکان بە زمانی -lang دەبن ئەگەر بەڵگەنامەکە هەیبێت. ناوی ستوونەکانی CSV و بەهاکانی فۆرمات (جۆرەکان، دۆخەکان) وەک فۆرماتەکە دەیاننووسێت دەمێننەوە.`},
	{key: exportExits,
		ar: `  0  كُتب التصدير
  2  خطأ في الاستخدام، أو مستند تتعذّر قراءته أو لا يُفكّ ترميزه`,
		ckb: `  0  هەناردەکە نووسرا
  2  هەڵەیەک لە بەکارهێناندا، یان بەڵگەنامەیەک کە ناخوێنرێتەوە یان کۆدەکەی ناکرێتەوە`},
	{key: "format to write: csv, ics, dot or json", ar: "الصيغة المطلوب كتابتها: csv أو ics أو dot أو json", ckb: "ئەو فۆرماتەی دەنووسرێت: csv، ics، dot یان json"},
	{key: "the day of the status, for csv and json (default today)", ar: "يوم الحالة، لـ csv وjson (الافتراضي اليوم)", ckb: "ڕۆژی دۆخەکە، بۆ csv و json (بە بنەڕەت ئەمڕۆ)"},
	{key: "-to is required: csv, ics, dot or json", ar: "الخيار -to مطلوب: csv أو ics أو dot أو json", ckb: "-to پێویستە: csv، ics، dot یان json"},
	{key: "jscd export: event %s left out: its date %q has no day a calendar can show", ar: "jscd export: أُسقط الحدث %s: ليس في تاريخه %q يوم يستطيع التقويم عرضه", ckb: "jscd export: ڕووداوی %s لابرا: ڕێکەوتەکەی، %q، هیچ ڕۆژێکی نییە کە ڕۆژژمێر بتوانێت پیشانی بدات"},
	{key: "%s (%s, uncertain and approximate date)", ar: "%s (%s، تاريخ غير مؤكد وتقريبي)", ckb: "%s (%s، ڕێکەوتی نادڵنیا و نزیکەیی)"},
	{key: "%s (%s, uncertain date)", ar: "%s (%s، تاريخ غير مؤكد)", ckb: "%s (%s، ڕێکەوتی نادڵنیا)"},
	{key: "%s (%s, approximate date)", ar: "%s (%s، تاريخ تقريبي)", ckb: "%s (%s، ڕێکەوتی نزیکەیی)"},

	// schema, rules, version
	{key: "print the JSON Schema of the format", ar: "طباعة مخطط JSON Schema للصيغة", ckb: "چاپکردنی JSON Schema ی فۆرماتەکە"},
	{key: schemaHelp,
		ar:  `يطبع schema مخطط JSON Schema (مسودة 2020-12) لصيغة jscd/1، للمحررات والأدوات الأخرى: احفظه ووجّه محررك إليه (يشرح docs/schema.md الطريقة)، أو أعطه لأي مدقّق JSON Schema. يفحص البنية والأنواع والقيم المعدودة وشكل القيم؛ ويفحص jscd vet كل ما سوى ذلك.`,
		ckb: `schema ـی JSON Schema (ڕەشنووسی 2020-12) ی فۆرماتی jscd/1 چاپ دەکات، بۆ دەستکاریکەرەکان و ئامرازەکانی تر: پاشەکەوتی بکە و دەستکاریکەرەکەت ئاڕاستەی بکە (docs/schema.md دەڵێت چۆن)، یان بیدە بە هەر پشکنەرێکی JSON Schema. پێکهاتە، جۆرەکان، بەها دیاریکراوەکان و شێوەی بەهاکان دەپشکنێت؛ jscd vet هەموو شتەکانی تر دەپشکنێت.`},
	{key: schemaExits,
		ar: `  0  كُتب المخطط
  2  خطأ في الاستخدام`,
		ckb: `  0  سکیماکە نووسرا
  2  هەڵەیەک لە بەکارهێناندا`},
	{key: "list the validation rules", ar: "سرد قواعد التحقق", ckb: "لیستکردنی ڕێساکانی پشتڕاستکردنەوە"},
	{key: rulesHelp,
		ar:  `يسرد rules كل قاعدة يفحصها jscd vet، عائلةً عائلة: رمزها ودرجة خطورتها وما تفحصه. ويكتبها -format json مصفوفة JSON (code وfamily وseverity وsummary). وفي docs/rules.md في المستودع مثال لكل قاعدة.`,
		ckb: `rules هەموو ڕێسایەک کە jscd vet دەیپشکنێت لیست دەکات، خێزان بە خێزان: کۆدەکەی، پلەی مەترسییەکەی و ئەوەی دەیپشکنێت. -format json وەک ڕیزێکی JSON دەیاننووسێت (code، family، severity، summary). docs/rules.md لە کۆگاکەدا نموونەیەکی هەریەکەیانی تێدایە.`},
	{key: rulesExits,
		ar: `  0  كُتبت القائمة
  2  خطأ في الاستخدام`,
		ckb: `  0  لیستەکە نووسرا
  2  هەڵەیەک لە بەکارهێناندا`},
	{key: "print the version of jscd", ar: "طباعة إصدار jscd", ckb: "چاپکردنی وەشانی jscd"},
	{key: versionHelp,
		ar:  `يطبع version إصدار وحدة jscd التي بُني منها الأمر ("(devel)" للبناء من نسخة مستخرجة من المستودع)، ومراجعة نظام التحكم في الإصدارات إن سجّلها البناء، وإصدار Go.`,
		ckb: `version وەشانی ئەو مۆدیولەی jscd دەنووسێت کە فەرمانەکەی لێ دروستکراوە ("(devel)" بۆ دروستکردن لە کۆپییەکی کۆگاکە)، پێداچوونەوەی سیستەمی کۆنترۆڵی وەشان ئەگەر دروستکردنەکە تۆماری کردبێت، و وەشانی Go.`},
	{key: versionExits, ar: `  0  كُتب الإصدار`, ckb: `  0  وەشانەکە نووسرا`},
	{key: "family:syntax", en: "Syntax", ar: "الصياغة", ckb: "ڕستەسازی"},
	{key: "family:references", en: "Identity and references", ar: "الهوية والإشارات", ckb: "ناسنامە و ئاماژەکان"},
	{key: "family:shape", en: "Bilateral shape", ar: "الشكل الثنائي", ckb: "شێوەی دوولایەنە"},
	{key: "family:time", en: "Time", ar: "الزمن", ckb: "کات"},
	{key: "family:lifecycle", en: "Lifecycle and sites", ar: "دورة الحياة والمواقع", ckb: "سووڕی ژیان و شوێنەکان"},
	{key: "family:graph", en: "Graphs", ar: "الرسوم البيانية", ckb: "گرافەکان"},
	{key: "family:text", en: "Text", ar: "النصوص", ckb: "دەقەکان"},
	{key: "family:provenance", en: "Provenance", ar: "المصادر", ckb: "سەرچاوەکان"},

	// The values of the format the command names in prose: due states, statuses of commitments
	// and instruments, timeline kinds, relation types.
	{key: "value:no-deadline", en: "no deadline", ar: "بلا موعد", ckb: "بێ وادە"},
	{key: "value:not-due", en: "not due", ar: "غير مستحق بعد", ckb: "کاتی نەهاتووە"},
	{key: "value:due", en: "due", ar: "مستحق", ckb: "کاتی هاتووە"},
	{key: "value:overdue", en: "overdue", ar: "متأخر", ckb: "دواکەوتوو"},
	{key: "value:fulfilled", en: "fulfilled", ar: "مُنجَز", ckb: "جێبەجێکراو"},
	{key: "value:lapsed", en: "lapsed", ar: "سقط", ckb: "بەسەرچوو"},
	{key: "value:withdrawn", en: "withdrawn", ar: "مسحوب", ckb: "کشێنراوە"},
	{key: "value:not-yet-made", en: "not yet made", ar: "لم يُقطع بعد", ckb: "هێشتا نەدراوە"},
	{key: "value:proposed", en: "proposed", ar: "مقترح", ckb: "پێشنیارکراو"},
	{key: "value:agreed", en: "agreed", ar: "متّفق عليه", ckb: "ڕێککەوتنی لەسەر کراوە"},
	{key: "value:in-progress", en: "in progress", ar: "قيد التنفيذ", ckb: "لە جێبەجێکردندایە"},
	{key: "value:active", en: "active", ar: "ساري", ckb: "کارا"},
	{key: "value:concluded", en: "concluded", ar: "مُختتَم", ckb: "کۆتایی پێهاتووە"},
	{key: "value:suspended", en: "suspended", ar: "معلّق", ckb: "ڕاگیراو"},
	{key: "value:terminated", en: "terminated", ar: "مُنهى", ckb: "هەڵوەشێنراوە"},
	{key: "value:superseded", en: "superseded", ar: "مُستبدَل", ckb: "جێگیرکراوەتەوە"},
	{key: "value:instrument", en: "instrument", ar: "صكّ", ckb: "ئامراز"},
	{key: "value:signed", en: "signed", ar: "وُقّع", ckb: "واژۆکرا"},
	{key: "value:lifecycle", en: "lifecycle", ar: "دورة الحياة", ckb: "سووڕی ژیان"},
	{key: "value:site-added", en: "site added", ar: "إضافة موقع", ckb: "زیادکردنی شوێن"},
	{key: "value:site-removed", en: "site removed", ar: "إزالة موقع", ckb: "لابردنی شوێن"},
	{key: "value:ratified", en: "ratified", ar: "صُدّق عليه", ckb: "پەسەندکرا"},
	{key: "value:in-force", en: "in force", ar: "نافذ", ckb: "بەرکار"},
	{key: "value:resumed", en: "resumed", ar: "استُؤنف", ckb: "دەستپێکرایەوە"},
	{key: "value:termination-notice", en: "notice of termination", ar: "إشعار بالإنهاء", ckb: "ئاگادارکردنەوەی هەڵوەشاندنەوە"},
	{key: "value:notice-suspended", en: "notice suspended", ar: "تعليق الإشعار", ckb: "ڕاگرتنی ئاگادارکردنەوە"},
	{key: "value:notice-withdrawn", en: "notice withdrawn", ar: "سحب الإشعار", ckb: "کشاندنەوەی ئاگادارکردنەوە"},
	{key: "value:expired", en: "expired", ar: "انتهت مدته", ckb: "ماوەی بەسەرچوو"},
	{key: "value:amended", en: "amended", ar: "عُدّل", ckb: "هەموارکرا"},
	{key: "value:event", en: "event", ar: "حدث", ckb: "ڕووداو"},
	{key: "value:commitment-made", en: "commitment made", ar: "قطع التزام", ckb: "دانی پابەندبوون"},
	{key: "value:status-change", en: "status change", ar: "تغيير حالة", ckb: "گۆڕانی دۆخ"},
	{key: "value:commitment-due", en: "commitment due", ar: "استحقاق التزام", ckb: "وادەی پابەندبوون"},
	{key: "value:position", en: "position", ar: "منصب", ckb: "پۆست"},
	{key: "value:based-on", en: "based on", ar: "يستند إلى", ckb: "لەسەر بنەمای"},
	{key: "value:complements", en: "complements", ar: "يكمّل", ckb: "تەواوکەری"},
	{key: "value:continues", en: "continues", ar: "يواصل", ckb: "درێژەپێدەری"},
	{key: "value:implements", en: "implements", ar: "ينفّذ", ckb: "جێبەجێکەری"},
	{key: "value:supersedes", en: "supersedes", ar: "يحلّ محلّ", ckb: "جێگرەوەی"},
	{key: "value:part-of", en: "part of", ar: "جزء من", ckb: "بەشێکە لە"},
	{key: "value:amends", en: "amends", ar: "يعدّل", ckb: "هەموارکەری"},
}
