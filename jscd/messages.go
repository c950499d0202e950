package jscd

import (
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

var englishTag = language.English

// MessageLanguages are the languages the built-in message catalogue has: English, Arabic and
// Kurdish (Sorani).
var messageLanguages = [...]language.Tag{language.English, language.Arabic, language.MustParse("ckb")}

// MessageLanguages returns the languages of the built-in message catalogue, English first.
func MessageLanguages() []language.Tag { return append([]language.Tag(nil), messageLanguages[:]...) }

// translation is one message of the catalogue: its English format (the key) and its Arabic
// and Kurdish Sorani renderings, with the same verbs in the same order.
type translation struct {
	en, ar, ckb string
}

// translations is the message catalogue. Every Format that an Issue can carry is listed here.
var translations = [...]translation{
	// Filled in by the decode and validation code.
	// Decode (codec.go): structural problems of the JSON document.
	{fmtDecodeEmpty, "المُدخَل فارغ", "تێخراوەکە بەتاڵە"},
	{fmtDecodeEOF, "نهاية غير متوقعة للمُدخَل", "کۆتاییەکی چاوەڕواننەکراوی تێخراوەکە"},
	{fmtDecodeExpectValue, "محرف غير صالح %q عند البحث عن بداية قيمة", "نیشانەی نادروستی %q لە کاتی گەڕان بەدوای سەرەتای بەهایەکدا"},
	{fmtDecodeExpectKey, "محرف غير صالح %q عند البحث عن بداية مفتاح كائن", "نیشانەی نادروستی %q لە کاتی گەڕان بەدوای سەرەتای کلیلی ئۆبجێکتێکدا"},
	{fmtDecodeExpectColon, "محرف غير صالح %q بعد مفتاح كائن؛ المتوقع ':'", "نیشانەی نادروستی %q لە دوای کلیلی ئۆبجێکت؛ ':' چاوەڕوان دەکرا"},
	{fmtDecodeAfterMember, "محرف غير صالح %q بعد عضو في كائن؛ المتوقع ',' أو '}'", "نیشانەی نادروستی %q لە دوای ئەندامێکی ئۆبجێکت؛ ',' یان '}' چاوەڕوان دەکرا"},
	{fmtDecodeAfterElement, "محرف غير صالح %q بعد عنصر في مصفوفة؛ المتوقع ',' أو ']'", "نیشانەی نادروستی %q لە دوای توخمێکی ڕیز؛ ',' یان ']' چاوەڕوان دەکرا"},
	{fmtDecodeStringChar, "محرف غير صالح %q في سلسلة نصية", "نیشانەی نادروستی %q لە ناو زنجیرەیەکی دەقیدا"},
	{fmtDecodeEscape, "محرف هروب غير صالح %q في سلسلة نصية", "نیشانەی دەربازبوونی نادروستی %q لە ناو زنجیرەیەکی دەقیدا"},
	{fmtDecodeUTF8, "ترميز UTF-8 غير صالح في سلسلة نصية", "UTF-8ی نادروست لە ناو زنجیرەیەکی دەقیدا"},
	{fmtDecodeNumberChar, "محرف غير صالح %q في عدد", "نیشانەی نادروستی %q لە ناو ژمارەیەکدا"},
	{fmtDecodeLiteralChar, "محرف غير صالح %q في القيمة الحرفية %s", "نیشانەی نادروستی %q لە ناو بەهای چەسپاوی %s"},
	{fmtDecodeUnknownSuggest, "حقل غير معروف %q؛ هل تقصد %q؟", "خانەی نەناسراو %q؛ مەبەستت %q بوو؟"},
	{fmtDecodeUnknown, "حقل غير معروف %q", "خانەی نەناسراو %q"},
	{fmtDecodeDuplicate, "مفتاح مكرر %q", "کلیلی دووبارە %q"},
	{fmtDecodeType, "نوع خاطئ: المتوقع %s، والموجود %s", "جۆری هەڵە: %s چاوەڕوان دەکرا، بەڵام %s دۆزرایەوە"},
	{fmtDecodeIntRange, "العدد الصحيح %s خارج النطاق المسموح", "ژمارەی تەواوی %s لە دەرەوەی مەودای ڕێگەپێدراوە"},
	{fmtDecodeTrailing, "بيانات غير متوقعة بعد نهاية المستند", "داتای چاوەڕواننەکراو لە دوای کۆتایی بەڵگەنامەکە"},
	{fmtDecodeTooLarge, "المُدخَل أكبر من الحد الأقصى البالغ %d بايت", "تێخراوەکە لە سنووری %d بایت گەورەترە"},
	{fmtDecodeTooDeep, "التداخل أعمق من الحد الأقصى البالغ %d مستوى", "هێلانەکردن لە سنووری %d ئاست قووڵترە"},
	{fmtDecodeLanguageTag, "%q ليس وسم لغة صالحًا وفق BCP 47", "%q تاگێکی زمانی دروست نییە بەپێی BCP 47"},
	{fmtDecodeFormatMissing, "وسم الصيغة مفقود؛ المتوقع %q", "تاگی فۆرمات نییە؛ %q چاوەڕوان دەکرا"},
	{fmtDecodeFormatWrong, "صيغة غير مدعومة %s؛ المتوقع %q", "فۆرماتی پشتگیرینەکراو %s؛ %q چاوەڕوان دەکرا"},
	{fmtDecodeRead, "خطأ في قراءة المُدخَل: %v", "هەڵە لە خوێندنەوەی تێخراوەکەدا: %v"},
}

// messageCatalog builds the message catalogue once, on first use.
var messageCatalog = sync.OnceValue(func() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(englishTag))
	for _, t := range translations {
		b.SetString(language.English, t.en, t.en)
		b.SetString(language.Arabic, t.en, t.ar)
		b.SetString(messageLanguages[2], t.en, t.ckb)
	}
	return b
})

// NewPrinter returns a printer that renders Issue messages in the catalogue language that best
// matches prefs (English, Arabic or Kurdish Sorani), chosen with a language.Matcher.
func NewPrinter(prefs ...language.Tag) *message.Printer {
	_, i, _ := language.NewMatcher(messageLanguages[:]).Match(prefs...)
	return message.NewPrinter(messageLanguages[i], message.Catalog(messageCatalog()))
}
