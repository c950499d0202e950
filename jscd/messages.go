package jscd

import (
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// messageLanguages are the languages the built-in message catalogue has: English, Arabic and
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
	{fmtDecodeNumberRange, "العدد %s خارج النطاق المسموح", "ژمارەی %s لە دەرەوەی مەودای ڕێگەپێدراوە"},
	{fmtDecodeMissingMember, "العضو %q مفقود", "ئەندامی %q نییە"},
	{fmtDecodeTrailing, "بيانات غير متوقعة بعد نهاية المستند", "داتای چاوەڕواننەکراو لە دوای کۆتایی بەڵگەنامەکە"},
	{fmtDecodeTooLarge, "المُدخَل أكبر من الحد الأقصى البالغ %d بايت", "تێخراوەکە لە سنووری %d بایت گەورەترە"},
	{fmtDecodeTooDeep, "التداخل أعمق من الحد الأقصى البالغ %d مستوى", "هێلانەکردن لە سنووری %d ئاست قووڵترە"},
	{fmtDecodeLanguageTag, "%q ليس وسم لغة صالحًا وفق BCP 47", "%q تاگێکی زمانی دروست نییە بەپێی BCP 47"},
	{fmtDecodeFormatMissing, "وسم الصيغة مفقود؛ المتوقع %q", "تاگی فۆرمات نییە؛ %q چاوەڕوان دەکرا"},
	{fmtDecodeFormatWrong, "صيغة غير مدعومة %s؛ المتوقع %q", "فۆرماتی پشتگیرینەکراو %s؛ %q چاوەڕوان دەکرا"},
	{fmtDecodeRead, "خطأ في قراءة المُدخَل: %v", "هەڵە لە خوێندنەوەی تێخراوەکەدا: %v"},
	// Validation (rules_*.go): the syntax rules.
	{fmtFormatTag, "الصيغة هي %q؛ وإصدار الصيغة هذا هو %q", "فۆرمات بریتییە لە %q؛ ئەم وەشانەی فۆرمات بریتییە لە %q"},
	{fmtFieldMissing, "الحقل الإلزامي %q مفقود أو فارغ", "خانەی پێویست %q نییە یان بەتاڵە"},
	{fmtIDSyntax, "المعرّف %q ليس معرّفاً نصياً بأحرف صغيرة (الأحرف a-z والأرقام وشرطات مفردة)", "ناسێنەری %q ناسێنەرێکی پیتی بچووک نییە (پیتەکانی a-z، ژمارە و خەتی تاک)"},
	{fmtLangSyntax, "وسم اللغة %q ليس وسماً سليم البنية وفق BCP 47", "تاگی زمانی %q تاگێکی دروستی BCP 47 نییە"},
	{fmtLangCanonical, "وسم اللغة %q ليس بالصيغة القياسية؛ اكتب %q", "تاگی زمانی %q بە شێوەی ستاندارد نییە؛ بنووسە %q"},
	{fmtCountryCode, "%q ليس رمز بلد من رموز ISO 3166-1 الثنائية الأحرف", "%q کۆدی وڵاتێکی دوو پیتی ISO 3166-1 نییە"},
	{fmtCountryCase, "يجب أن يُكتب رمز البلد %q بأحرف كبيرة: %q", "کۆدی وڵاتی %q دەبێت بە پیتی گەورە بنووسرێت: %q"},
	{fmtURLSyntax, "%q ليس عنوان URL مطلقاً بمخطط http أو https", "%q ناونیشانێکی URL ی تەواوی http یان https نییە"},
	{fmtDateSyntaxPrefix, "التاريخ %q ليس تاريخاً صالحاً بصيغة EDTF: ", "ڕێکەوتی %q بە پێی EDTF دروست نییە: "},
	{fmtEnumUnknown, "%q ليست قيمة معرّفة؛ استخدم إحدى القيم: %s", "%q بەهایەکی دیاریکراو نییە؛ یەکێک لەمانە بەکاربهێنە: %s"},
	{fmtAreaUnknown, "%q ليس مجالاً معرّفاً من مجالات التعاون", "%q بوارێکی دیاریکراوی هاوکاری نییە"},
	{fmtRoundNumber, "رقم الجولة %d أقل من ١", "ژمارەی خولی %d لە ١ کەمترە"},
	{fmtPositionHolder, "المناصب لا يشغلها إلا الأشخاص، وهذا الطرف من نوع %q", "تەنها کەسەکان پۆستیان هەیە، و جۆری ئەم لایەنە بریتییە لە %q"},
	// Validation: identity and references.
	{fmtIDDuplicate, "المعرّف %q مستخدم من قبل في %s", "ناسێنەری %q پێشتر لە %s بەکارهاتووە"},
	{fmtRefUnresolved, "%q لا يشير إلى أي كيان في المستند", "%q ئاماژە بە هیچ قەوارەیەکی بەڵگەنامەکە ناکات"},
	{fmtRefUnresolvedNear, "%q لا يشير إلى أي كيان في المستند؛ هل تقصد %q (%s)؟", "%q ئاماژە بە هیچ قەوارەیەکی بەڵگەنامەکە ناکات؛ مەبەستت %q (%s) بوو؟"},
	{fmtRefNotStakeholder, "%q يشير إلى %s، وهو ليس طرفاً معنياً", "%q ئاماژە بە %s دەکات، کە لایەنێکی پەیوەندیدار نییە"},
	{fmtRefNotOrganization, "%q يشير إلى %s، وهو ليس منظمة (طرفاً معنياً من غير الأشخاص)", "%q ئاماژە بە %s دەکات، کە ڕێکخراو نییە (لایەنێکی پەیوەندیدار جگە لە کەس)"},
	{fmtRefNotState, "%q يشير إلى %s، وهو ليس دولة", "%q ئاماژە بە %s دەکات، کە دەوڵەت نییە"},
	{fmtRefNotInstrument, "%q يشير إلى %s، وهو ليس صكّاً", "%q ئاماژە بە %s دەکات، کە ئامراز نییە"},
	{fmtRefNotEvent, "%q يشير إلى %s، وهو ليس حدثاً", "%q ئاماژە بە %s دەکات، کە ڕووداو نییە"},
	{fmtRefNotSource, "%q يشير إلى %s، وهو ليس مصدراً", "%q ئاماژە بە %s دەکات، کە سەرچاوە نییە"},
	{fmtPlaceLatitude, "خط العرض %v خارج النطاق من -90 إلى 90 درجة", "هێڵی پانی %v لە دەرەوەی -90 تا 90 پلەیە"},
	{fmtPlaceLongitude, "خط الطول %v خارج النطاق من -180 إلى 180 درجة", "هێڵی درێژی %v لە دەرەوەی -180 تا 180 پلەیە"},
	{fmtLifecycleOrder, "الخطوة المؤرخة %s مدرجة بعد خطوة مؤرخة %s؛ أدرج دورة الحياة من الأقدم", "هەنگاوی بەرواری %s لە دوای هەنگاوێکی بەرواری %s هاتووە؛ سووڕی ژیان لە کۆنترینەوە بنووسە"},
	{fmtLifecycleMaybeOrder, "قد تكون الخطوة المؤرخة %s أقدم من الخطوة المؤرخة %s المدرجة قبلها", "لەوانەیە هەنگاوی بەرواری %s کۆنتر بێت لەو هەنگاوەی بەرواری %s کە پێش ئەو هاتووە"},
	{fmtLifecycleBeforeSigned, "الخطوة %q المؤرخة %s سابقة لتوقيع الصك، %s", "هەنگاوی %q بە بەرواری %s پێش واژۆکردنی ئامرازەکەیە، %s"},
	{fmtLifecycleMaybeBefore, "قد تكون الخطوة %q المؤرخة %s سابقة لتوقيع الصك، %s", "لەوانەیە هەنگاوی %q بە بەرواری %s پێش واژۆکردنی ئامرازەکە بێت، %s"},
	{fmtLifecycleAfterFinal, "لا يمكن أن تلي الخطوة %q الخطوة النهائية %q", "هەنگاوی %q ناتوانێت دوای هەنگاوی کۆتایی %q بێت"},
	{fmtLifecycleResumed, "الخطوة \"resumed\" تتطلب تعليقاً سارياً، ولا يوجد تعليق", "هەنگاوی \"resumed\" ڕاگرتنێکی بەرکاری پێویستە، و هیچ ڕاگرتنێک نییە"},
	{fmtLifecycleNoNotice, "الخطوة %q تتطلب إشعار إنهاء قائماً، ولا يوجد إشعار", "هەنگاوی %q ئاگادارکردنەوەیەکی هەڵوەشاندنەوەی هەڵواسراوی پێویستە، و هیچ ئاگادارکردنەوەیەک نییە"},
	{fmtLifecycleStatus, "الحالة %q ليست ما تنتهي إليه دورة حياة الصك: %q", "دۆخی %q ئەوە نییە کە سووڕی ژیان ئامرازەکەی پێ دەگەیەنێت: %q"},
	{fmtSiteOutside, "الموقع المؤرخ %s خارج مدة حياة الصك %s", "شوێنی بەرواری %s لە دەرەوەی ماوەی ژیانی ئامرازەکەیە %s"},
	{fmtSiteMaybeOutside, "قد يقع الموقع المؤرخ %s خارج مدة حياة الصك %s", "لەوانەیە شوێنی بەرواری %s لە دەرەوەی ماوەی ژیانی ئامرازەکە بێت %s"},
	{fmtSiteOrder, "أُزيل الموقع في %s، قبل أن يُضاف في %s", "شوێنەکە لە %s لابرا، پێش ئەوەی لە %s زیاد بکرێت"},
	{fmtSiteMaybeOrder, "قد يكون الموقع قد أُزيل في %s، قبل أن يُضاف في %s", "لەوانەیە شوێنەکە لە %s لابرابێت، پێش ئەوەی لە %s زیاد بکرێت"},
	{fmtRefNotPlace, "%q يشير إلى %s، وهو ليس مكاناً", "%q ئاماژە بە %s دەکات، کە شوێن نییە"},
	// Validation: the bilateral shape.
	{fmtShapeNoState, "لا يذكر أي صكّ دولةً طرفاً؛ والإطار الثنائي له دولتان طرفان", "هیچ ئامرازێک دەوڵەتێک وەک لایەن ناو نابات؛ چوارچێوەی دوولایەنە دوو دەوڵەتی هەیە"},
	{fmtShapeOneState, "لا تذكر الصكوك إلا دولة طرفاً واحدة، هي %q؛ والإطار الثنائي له دولتان طرفان", "ئامرازەکان تەنها یەک دەوڵەتی لایەن ناو دەبەن، %q؛ چوارچێوەی دوولایەنە دوو دەوڵەتی هەیە"},
	{fmtShapeThirdState, "%q دولة طرف ثالثة؛ ودولتا الإطار هما %q و %q", "%q دەوڵەتێکی سێیەمە وەک لایەن؛ دوو دەوڵەتەکەی چوارچێوەکە بریتین لە %q و %q"},
	{fmtShapeOneParty, "لا يذكر الصكّ طرفاً إلا إحدى دولتي الإطار: %q", "ئامرازەکە تەنها یەکێک لە دوو دەوڵەتەکەی چوارچێوەکە وەک لایەن ناو دەبات: %q"},
	{fmtDelegationNotState, "الوفد %q ليس من دولتي الإطار، %q و %q", "شاندی %q سەر بە هیچ کام لە دوو دەوڵەتەکەی چوارچێوەکە نییە، %q و %q"},
	{fmtDelegationNotParty, "الوفد %q ليس طرفاً في صكّ الحدث %q", "شاندی %q لایەنی ئامرازی ڕووداوەکە، %q، نییە"},
	{fmtSideMissing, "يجب أن ينتمي المشارك ذو الدور %q إلى وفد أحد الطرفين أو أن يُعلَّم بـ thirdParty", "بەشداربووی خاوەن ڕۆڵی %q دەبێت سەر بە شاندی یەکێک لە لایەنەکان بێت یان بە thirdParty نیشان بکرێت"},
	{fmtSideBoth, "لا يجوز أن يُعلَّم مشارك من الوفد %q بـ thirdParty أيضاً", "بەشداربوویەکی شاندی %q ناکرێت هاوکات بە thirdParty نیشان بکرێت"},
	// Validation: time.
	{fmtEventOutside, "تاريخ الحدث %s يقع خارج المدة %s لصكّه %q", "ڕێکەوتی ڕووداوەکە (%s) لە دەرەوەی ماوەی ئامرازەکەیەتی (%s، %q)"},
	{fmtEventMaybeOutside, "قد يقع تاريخ الحدث %s خارج المدة %s لصكّه %q", "لەوانەیە ڕێکەوتی ڕووداوەکە (%s) لە دەرەوەی ماوەی ئامرازەکەی بێت (%s، %q)"},
	{fmtRelationForward, "يبدأ هذا الصكّ في %s، قبل %q (الذي يبدأ في %s)، ومع ذلك فعلاقته به هي %q", "ئەم ئامرازە لە %s دەست پێدەکات، پێش %q (کە لە %s دەست پێدەکات)، کەچی پەیوەندییەکەی پێیەوە بریتییە لە %q"},
	{fmtRelationMaybeForward, "قد يبدأ هذا الصكّ في %s، قبل %q (الذي يبدأ في %s)، ومع ذلك فعلاقته به هي %q", "لەوانەیە ئەم ئامرازە لە %s دەست پێبکات، پێش %q (کە لە %s دەست پێدەکات)، کەچی پەیوەندییەکەی پێیەوە بریتییە لە %q"},
	{fmtDueBeforeMade, "موعد الاستحقاق %s سابق لتاريخ قطع الالتزام، %s", "وادەی %s پێش ئەوەیە کە پابەندبوونەکە بدرێت، %s"},
	{fmtDueMaybeBeforeMade, "قد يكون موعد الاستحقاق %s سابقاً لتاريخ قطع الالتزام، %s", "لەوانەیە وادەی %s پێش ئەوە بێت کە پابەندبوونەکە بدرێت، %s"},
	{fmtMadeMismatch, "تاريخ قطع الالتزام %s لا يوافق التاريخ %s للحدث %q الذي قُطع فيه", "ڕێکەوتی دانی پابەندبوونەکە، %s، لەگەڵ ڕێکەوتی ڕووداوەکە ناگونجێت (%s، %q) کە تێیدا دراوە"},
	{fmtStatusOrder, "الحالة المؤرخة في %s مدرجة بعد حالة مؤرخة في %s؛ رتّب السجل من الأقدم إلى الأحدث", "دۆخی ڕێکەوتی %s لە دوای دۆخێکی ڕێکەوتی %s ڕیز کراوە؛ مێژووەکە لە کۆنترینەوە ڕیز بکە"},
	{fmtStatusMaybeOrder, "قد تكون الحالة المؤرخة في %s أقدم من الحالة المؤرخة في %s المدرجة قبلها", "لەوانەیە دۆخی ڕێکەوتی %s کۆنتر بێت لەو دۆخەی ڕێکەوتی %s کە پێشی ڕیز کراوە"},
	{fmtStatusFirst, "يبدأ سجل الحالات بـ \"proposed\" أو \"agreed\"، لا بـ %q", "مێژووی دۆخەکان بە \"proposed\" یان \"agreed\" دەست پێدەکات، نەک بە %q"},
	{fmtStatusTransition, "لا يمكن أن تأتي الحالة %q بعد %q", "دۆخی %q ناتوانێت دوای %q بێت"},
	{fmtStatusAfterFinal, "لا يمكن أن تأتي الحالة %q بعد الحالة النهائية %q", "دۆخی %q ناتوانێت دوای دۆخی کۆتایی %q بێت"},
	{fmtStatusBeforeMade, "الحالة المؤرخة في %s سابقة لتاريخ قطع الالتزام، %s", "دۆخی ڕێکەوتی %s پێش ئەوەیە کە پابەندبوونەکە بدرێت، %s"},
	{fmtStatusMaybeBefore, "قد تكون الحالة المؤرخة في %s سابقة لتاريخ قطع الالتزام، %s", "لەوانەیە دۆخی ڕێکەوتی %s پێش ئەوە بێت کە پابەندبوونەکە بدرێت، %s"},
	{fmtRoleNotHeld, "يؤدي %q دور %q عن %q في %s، لكنه لا يشغل أي منصب في تلك الدولة في ذلك التاريخ", "%q وەک %q بۆ %q لە %s کار دەکات، بەڵام لەو ڕێکەوتەدا هیچ پۆستێکی لەو دەوڵەتەدا نییە"},
	{fmtRoleMaybeNotHeld, "يؤدي %q دور %q عن %q في %s، وقد لا يكون شاغلاً لأي منصب في تلك الدولة في ذلك التاريخ", "%q وەک %q بۆ %q لە %s کار دەکات، و لەوانەیە لەو ڕێکەوتەدا هیچ پۆستێکی لەو دەوڵەتەدا نەبێت"},
	{fmtRoleNoPosition, "يؤدي %q دور %q عن %q في %s، لكن لم يُسجَّل له أي منصب في تلك الدولة", "%q وەک %q بۆ %q لە %s کار دەکات، بەڵام هیچ پۆستێکی ئەو لەو دەوڵەتەدا تۆمار نەکراوە"},
	{fmtPositionOrder, "ينتهي المنصب في %s، قبل أن يبدأ في %s", "پۆستەکە لە %s کۆتایی دێت، پێش ئەوەی لە %s دەست پێبکات"},
	{fmtPositionMaybeOrder, "قد ينتهي المنصب في %s، قبل أن يبدأ في %s", "لەوانەیە پۆستەکە لە %s کۆتایی بێت، پێش ئەوەی لە %s دەست پێبکات"},
	{fmtPositionOverlap, "المنصب نفسه في الجهة نفسها مشغول مرتين في آن واحد: هذا المنصب يتداخل مع %s", "هەمان پۆست لە هەمان ڕێکخراودا دوو جار لە یەک کاتدا گیراوە: ئەم پۆستە لەگەڵ %s یەک دەگرێتەوە"},
	{fmtPositionMaybeOverlap, "قد يتداخل هذا المنصب مع %s، الذي يحمل المسمى نفسه في الجهة نفسها", "لەوانەیە ئەم پۆستە لەگەڵ %s یەک بگرێتەوە، کە هەمان ناونیشانی لە هەمان ڕێکخراودا هەیە"},
	{fmtStatusFuture, "الحالة المؤرخة في %s لاحقة للتاريخ المرجعي %s", "دۆخی ڕێکەوتی %s دەکەوێتە دوای ڕێکەوتی پێوەر، %s"},
	{fmtStatusMaybeFuture, "قد تكون الحالة المؤرخة في %s لاحقة للتاريخ المرجعي %s", "لەوانەیە دۆخی ڕێکەوتی %s بکەوێتە دوای ڕێکەوتی پێوەر، %s"},
	{fmtEventFuture, "الحدث المؤرخ في %s لاحق للتاريخ المرجعي %s", "ڕووداوی ڕێکەوتی %s دەکەوێتە دوای ڕێکەوتی پێوەر، %s"},
	{fmtCommitmentOverdue, "مستحق في %s، قبل التاريخ المرجعي %s، لكن حالته لا تزال %q", "وادەکەی %s بووە، پێش ڕێکەوتی پێوەر (%s)، بەڵام دۆخەکەی هێشتا بریتییە لە %q"},
	{fmtCommitmentNoStatus, "مستحق في %s، قبل التاريخ المرجعي %s، لكن لا توجد حالة تسجّل إنجازه أو انتهاءه", "وادەکەی %s بووە، پێش ڕێکەوتی پێوەر (%s)، بەڵام هیچ دۆخێک جێبەجێبوون یان کۆتاییهاتنی تۆمار ناکات"},
	// Validation: graphs.
	{fmtGraphSelfRelation, "للصكّ علاقة %q بنفسه", "ئامرازەکە بە پەیوەندیی %q بە خۆیەوە بەستراوە"},
	{fmtGraphSelfParent, "هذا الكيان هو الجهة الأم لنفسه", "ئەم بوونە خۆی لایەنی سەرەوەی خۆیەتی"},
	{fmtGraphCycle, "تشكّل علاقات %q حلقة: %s", "پەیوەندییەکانی %q بازنەیەک پێکدەهێنن: %s"},
	{fmtGraphParentCycle, "تشكّل روابط الجهة الأم حلقة: %s", "بەستەرەکانی لایەنی سەرەوە بازنەیەک پێکدەهێنن: %s"},
	// Validation: text hygiene.
	{fmtTextNFC, "النص ليس بصيغة التطبيع C في يونيكود (NFC)", "دەقەکە بە شێوەی ئاساییکراوی C ی یونیکۆد (NFC) نییە"},
	{fmtTextBidi, "يحتوي النص على محرف التحكم في الاتجاه %s، وقد يموّه طريقة قراءته", "دەقەکە نیشانەی کۆنترۆڵی ئاراستەی %s تێدایە، کە دەتوانێت شێوەی خوێندنەوەی بشارێتەوە"},
	{fmtTextControl, "يحتوي النص على محرف التحكم %s", "دەقەکە نیشانەی کۆنترۆڵی %s تێدایە"},
	{fmtTextScript, "النص الموسوم بـ %q لا يحتوي أي حرف من خطّ لغته (رمز ISO 15924: %s)", "دەقی تاگکراو بە %q هیچ پیتێکی ئەلفوبێی زمانەکەی تێدا نییە (کۆدی ISO 15924: %s)"},
	{fmtTextEmpty, "النص بلغة %q فارغ", "دەقی %q بەتاڵە"},
	{fmtTextSpace, "يبدأ النص أو ينتهي بمسافة بيضاء", "دەقەکە بە بۆشایی دەست پێدەکات یان کۆتایی دێت"},
	// Validation: provenance.
	{fmtSourceMissing, "لم يُستشهد بأي مصدر؛ استشهد بمصدر واحد على الأقل", "هیچ سەرچاوەیەک ئاماژەی پێ نەکراوە؛ لانیکەم یەک سەرچاوە بهێنەوە"},
	{fmtSourceUnused, "لا يستشهد أي كيان بهذا المصدر", "هیچ قەوارەیەک ئاماژە بەم سەرچاوەیە ناکات"},
	{fmtCommitmentNoDue, "ليس للالتزام موعد استحقاق، فلا يمكن أن يُعدّ متأخراً أبداً", "پابەندبوونەکە وادەی نییە، بۆیە هەرگیز دواکەوتوو نابێت"},
	// Suggestions for the commonest mistakes.
	{fmtDecodeLanguageOfCountry, "%q رمز بلد وليس وسم لغة؛ هل تقصد %q؟", "%q کۆدی وڵاتە نەک تاگی زمان؛ مەبەستت %q بوو؟"},
	{fmtLangCountry, "وسم اللغة %q رمز بلد وليس لغة؛ هل تقصد %q؟", "تاگی زمانی %q کۆدی وڵاتە نەک زمان؛ مەبەستت %q بوو؟"},
	{fmtCountryInstead, "%q ليس رمز بلد من رموز ISO 3166-1 الثنائية الأحرف؛ هل تقصد %q؟", "%q کۆدی وڵاتێکی دوو پیتی ISO 3166-1 نییە؛ مەبەستت %q بوو؟"},
	{fmtEnumSuggest, "%q ليست قيمة معرّفة؛ هل تقصد %q؟ (القيم المعرّفة: %s)", "%q بەهایەکی دیاریکراو نییە؛ مەبەستت %q بوو؟ (بەها دیاریکراوەکان: %s)"},
	{fmtAreaSuggest, "%q ليس مجالاً معرّفاً من مجالات التعاون؛ هل تقصد %q؟", "%q بوارێکی دیاریکراوی هاوکاری نییە؛ مەبەستت %q بوو؟"},
	// Dates (date.go): why a text is not a valid EDTF date. The catalogue also holds each reason
	// about one date after the prefix of an interval end, and each reason after the prefix of
	// date.syntax, translated by parts (see catalogueRows).
	{dateReasonStart, "بداية الفترة: ", "سەرەتای ماوەکە: "},
	{dateReasonEnd, "نهاية الفترة: ", "کۆتایی ماوەکە: "},
	{dateReasonEmpty, "التاريخ فارغ", "ڕێکەوتەکە بەتاڵە"},
	{dateReasonOpenAlone, `لا يصحّ ".." (طرف مفتوح) إلا طرفاً لفترة`, `".." (سەرێکی کراوە) تەنها وەک سەرێکی ماوەیەک دروستە`},
	{dateReasonSlashes, `للفترة علامة "/" واحدة بالضبط`, `ماوە ڕێک یەک "/"ی هەیە`},
	{dateReasonNoEnd, "تحتاج الفترة إلى تاريخ في أحد طرفيها على الأقل", "ماوە لانیکەم لە یەکێک لە دوو سەرەکەیدا پێویستی بە ڕێکەوتێکە"},
	{dateReasonBackwards, "تنتهي الفترة قبل أن تبدأ", "ماوەکە پێش ئەوەی دەست پێبکات کۆتایی دێت"},
	{dateReasonDraftWords, `"unknown" و "open" من صياغة مسودة EDTF السابقة لعام ٢٠١٩: اكتب طرفاً فارغاً أو ".."`, `"unknown" و "open" سەر بە ڕستەسازیی ڕەشنووسی EDTF ی پێش ٢٠١٩ن: سەرێکی بەتاڵ یان ".." بنووسە`},
	{dateReasonUTF8, "النص ليس ترميز UTF-8 صالحاً", "دەقەکە UTF-8ی دروست نییە"},
	{dateReasonSpace, "المسافات غير مسموح بها", "بۆشایی ڕێگەپێدراو نییە"},
	{dateReasonSet, "المجموعات والقوائم ([…]، {…}) من المستوى ٢ من EDTF، وهو غير مدعوم", "کۆمەڵە و لیستەکان ([…]، {…}) بەشێکن لە ئاستی ٢ی EDTF، کە پشتگیری ناکرێت"},
	{dateReasonExponent, "السنوات بالصيغة الأسّية (Y-17E7) من المستوى ٢ من EDTF، وهو غير مدعوم", "ساڵەکان بە شێوەی توان (Y-17E7) بەشێکن لە ئاستی ٢ی EDTF، کە پشتگیری ناکرێت"},
	{dateReasonSignificant, "الأرقام المعنوية (1950S2) من المستوى ٢ من EDTF، وهو غير مدعوم", "ژمارە واتادارەکان (1950S2) بەشێکن لە ئاستی ٢ی EDTF، کە پشتگیری ناکرێت"},
	{dateReasonDraftU, `"u" للرقم غير المحدد من صياغة مسودة EDTF السابقة لعام ٢٠١٩: اكتب X`, `"u" بۆ ژمارەیەکی دیارینەکراو سەر بە ڕستەسازیی ڕەشنووسی EDTF ی پێش ٢٠١٩ە: X بنووسە`},
	{dateReasonDraftChar, "%q من صياغة مسودة EDTF السابقة لعام ٢٠١٩، وهي غير مدعومة", "%q سەر بە ڕستەسازیی ڕەشنووسی EDTF ی پێش ٢٠١٩ە، کە پشتگیری ناکرێت"},
	{dateReasonTime, "أوقات اليوم غير مدعومة: اكتب تاريخاً", "کاتەکانی ڕۆژ پشتگیری ناکرێن: ڕێکەوتێک بنووسە"},
	{dateReasonChar, "محرف غير متوقع %q", "نیشانەی چاوەڕواننەکراو %q"},
	{dateReasonQualifiers, "يحمل التاريخ علامة واحدة على الأكثر من علامات الشك والتقريب (? أو ~ أو %%)", "ڕێکەوت لانیزۆر یەک نیشانەی گومان یان نزیکەیی هەڵدەگرێت (? یان ~ یان %%)"},
	{dateReasonQualifierInside, "علامة الشك أو التقريب داخل التاريخ أو قبله (2004?-06-11، ?2004) من المستوى ٢ من EDTF، وهو غير مدعوم", "نیشانەی گومان یان نزیکەیی لە ناو ڕێکەوت یان پێشیدا (2004?-06-11، ?2004) بەشێکە لە ئاستی ٢ی EDTF، کە پشتگیری ناکرێت"},
	{dateReasonQualifierAlone, "تحتاج علامة الشك أو التقريب إلى تاريخ قبلها", "نیشانەی گومان یان نزیکەیی پێویستی بە ڕێکەوتێکە لە پێش خۆیەوە"},
	{dateReasonOpenInside, `لا يصحّ ".." إلا طرفاً كاملاً لفترة (1985/..)`, `".." تەنها وەک سەرێکی تەواوی ماوەیەک دروستە (1985/..)`},
	{dateReasonLongDigits, `يجب أن تلي "Y" سنةٌ من الأرقام وحدها`, `دوای "Y" دەبێت ساڵێک بێت کە تەنها لە ژمارە پێکهاتبێت`},
	{dateReasonLongShort, `السنة المسبوقة بـ "Y" لها أكثر من أربعة أرقام (اكتب 2004 لا Y2004)`, `ساڵی خاوەن پێشگری "Y" زیاتر لە چوار ژمارەی هەیە (بنووسە 2004، نەک Y2004)`},
	{dateReasonLongZero, `لا تبدأ السنة المسبوقة بـ "Y" بالرقم 0`, `ساڵی خاوەن پێشگری "Y" بە 0 دەست پێناکات`},
	{dateReasonLongRange, "السنوات التي تتجاوز ±%s غير مدعومة", "ساڵەکانی سەرووی ±%s پشتگیری ناکرێن"},
	{dateReasonParts, "للتاريخ سنة وشهر ويوم على الأكثر (YYYY-MM-DD)", "ڕێکەوت لانیزۆر ساڵ و مانگ و ڕۆژێکی هەیە (YYYY-MM-DD)"},
	{dateReasonMinusZero, "-0000 ليست سنة: السنة صفر هي 0000", "-0000 ساڵ نییە: ساڵی سفر بریتییە لە 0000"},
	{dateReasonBasic, "الصيغة الأساسية بلا شرطات (20040611) غير مدعومة: اكتب 2004-06-11", "شێوەی بنەڕەتیی بێ خەت (20040611) پشتگیری ناکرێت: بنووسە 2004-06-11"},
	{dateReasonYearShort, "للسنة أربعة أرقام (اكتب 0085 لا 85)", "ساڵ چوار ژمارەی هەیە (بنووسە 0085، نەک 85)"},
	{dateReasonYearLong, `تُسبَق السنة ذات الأرقام الأكثر من أربعة بـ "Y" (Y170000002)`, `ساڵی زیاتر لە چوار ژمارە پێشگری "Y" وەردەگرێت (Y170000002)`},
	{dateReasonYearChars, "السنة %q ليست أربعة أرقام", "ساڵی %q چوار ژمارە نییە"},
	{dateReasonYearXInDate, "الأرقام غير المحددة في سنة شهر أو يوم (201X-04) من المستوى ٢ من EDTF، وهو غير مدعوم", "ژمارەی دیارینەکراو لە ساڵی مانگێک یان ڕۆژێکدا (201X-04) بەشێکە لە ئاستی ٢ی EDTF، کە پشتگیری ناکرێت"},
	{dateReasonYearXPlace, "الأرقام غير المحددة في غير الخانة الأخيرة أو الخانتين الأخيرتين من السنة (1XXX، 1X85) من المستوى ٢ من EDTF، وهو غير مدعوم", "ژمارەی دیارینەکراو جگە لە یەک یان دوو ژمارەی کۆتایی ساڵ (1XXX، 1X85) بەشێکە لە ئاستی ٢ی EDTF، کە پشتگیری ناکرێت"},
	{dateReasonSeasonLevel2, "الفصل %s: الفصول 25–41 من المستوى ٢ من EDTF، وهو غير مدعوم", "وەرزی %s: وەرزەکانی 25–41 بەشێکن لە ئاستی ٢ی EDTF، کە پشتگیری ناکرێت"},
	{dateReasonMonthRange, "الشهر %s خارج النطاق (01–12، أو 21–24 للفصل)", "مانگی %s لە دەرەوەی مەودایە (01–12، یان 21–24 بۆ وەرز)"},
	{dateReasonMonthXDay, "الشهر غير المحدد مع يوم معلوم (1985-XX-12) من المستوى ٢ من EDTF، وهو غير مدعوم", "مانگی دیارینەکراو لەگەڵ ڕۆژی زانراو (1985-XX-12) بەشێکە لە ئاستی ٢ی EDTF، کە پشتگیری ناکرێت"},
	{dateReasonSeasonDays, "ليس للفصل (%s) أيام", "وەرز (%s) ڕۆژی نییە"},
	{dateReasonMonthOfDay, "الشهر %s خارج النطاق (01–12)", "مانگی %s لە دەرەوەی مەودایە (01–12)"},
	{dateReasonDayRange, "اليوم %s خارج النطاق في %s (01–%s)", "ڕۆژی %s بۆ %s لە دەرەوەی مەودایە (01–%s)"},
	{dateReasonMonthWidth, "للشهر رقمان، لا %q (اكتب 2004-06-01 لا 2004-6-1)", "مانگ دوو ژمارەی هەیە، نەک %q (بنووسە 2004-06-01، نەک 2004-6-1)"},
	{dateReasonDayWidth, "لليوم رقمان، لا %q (اكتب 2004-06-01 لا 2004-6-1)", "ڕۆژ دوو ژمارەی هەیە، نەک %q (بنووسە 2004-06-01، نەک 2004-6-1)"},
	{dateReasonMonthX, "الشهر ذو الرقم الواحد غير المحدد (%s) من المستوى ٢ من EDTF، وهو غير مدعوم", "مانگی خاوەن یەک ژمارەی دیارینەکراو (%s) بەشێکە لە ئاستی ٢ی EDTF، کە پشتگیری ناکرێت"},
	{dateReasonDayX, "اليوم ذو الرقم الواحد غير المحدد (%s) من المستوى ٢ من EDTF، وهو غير مدعوم", "ڕۆژی خاوەن یەک ژمارەی دیارینەکراو (%s) بەشێکە لە ئاستی ٢ی EDTF، کە پشتگیری ناکرێت"},
	{dateReasonMonthChars, "الشهر %q ليس رقمين", "مانگی %q دوو ژمارە نییە"},
	{dateReasonDayChars, "اليوم %q ليس رقمين", "ڕۆژی %q دوو ژمارە نییە"},
	// Severities, as Issue.Error and LocalizedError name warnings and infos.
	{"error", "خطأ", "هەڵە"},
	{"warning", "تحذير", "ئاگاداری"},
	{"info", "ملاحظة", "تێبینی"},
}

// joinedPrefixes are the catalogue formats that begin formats made by joining two catalogue
// formats: the prefix of date.syntax, and the prefixes of a reason about one end of an
// interval.
var joinedPrefixes = [...]string{fmtDateSyntaxPrefix, dateReasonStart, dateReasonEnd}

// catalogueRows returns every message of the catalogue: the rows of translations, then the
// formats made by joining a prefix and a reason of an invalid date (dateReasonFormats and
// dateSyntaxFormats), whose translations are the joined translations of their parts. A
// prefix and a reason are written once each, so the catalogue has no row by hand for each
// of their ~200 combinations. A format whose parts are not all translated is left out, to
// fall back to English (the tests check that none is).
func catalogueRows() []translation {
	rows := slices.Clone(translations[:])
	byFormat := make(map[string]translation, len(rows))
	for _, t := range rows {
		byFormat[t.en] = t
	}
	for _, format := range slices.Concat(dateReasonFormats(), dateSyntaxFormats()) {
		if _, done := byFormat[format]; done {
			continue
		}
		if t, ok := joinedTranslation(byFormat, format); ok {
			rows = append(rows, t)
			byFormat[format] = t
		}
	}
	return rows
}

// joinedTranslation translates a format made of prefixes of joinedPrefixes and a catalogue
// format by joining their translations.
func joinedTranslation(byFormat map[string]translation, format string) (translation, bool) {
	if t, ok := byFormat[format]; ok {
		return t, true
	}
	for _, prefix := range joinedPrefixes {
		rest, found := strings.CutPrefix(format, prefix)
		if !found {
			continue
		}
		head, ok := byFormat[prefix]
		tail, ok2 := joinedTranslation(byFormat, rest)
		if !ok || !ok2 {
			return translation{}, false
		}
		return translation{head.en + tail.en, head.ar + tail.ar, head.ckb + tail.ckb}, true
	}
	return translation{}, false
}

// separators are the punctuation that joins parts of a message, in each language: a list of
// values is joined with the Arabic comma in Arabic and Kurdish.
var separators = [...]translation{
	{fieldSeparatorList, "، ", "، "},
}

// builtinCatalog is the built-in message catalogue, built once, on first use, and never
// changed afterwards.
var builtinCatalog = sync.OnceValue(func() catalog.Catalog { return NewCatalog() })

// NewCatalog returns a new catalogue builder that holds every built-in message, in English,
// Arabic and Kurdish Sorani. Add a language, or replace a built-in rendering, with its
// SetString method (or Set, for plural forms), keyed by a message's English format (see
// MessageFormats); then render issues through a printer of that catalogue:
//
//	b := jscd.NewCatalog()
//	b.SetString(language.French, format, "…") // for each format of MessageFormats
//	p := message.NewPrinter(language.French, message.Catalog(b))
//	fmt.Println(issue.LocalizedError(p))
//
// A message the catalogue lacks in the printer's language is rendered in English.
func NewCatalog() *catalog.Builder {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, t := range append(catalogueRows(), separators[:]...) {
		b.SetString(language.English, t.en, t.en)
		b.SetString(language.Arabic, t.en, t.ar)
		b.SetString(messageLanguages[2], t.en, t.ckb)
	}
	return b
}

// MessageFormats returns the English format of every message an Issue may carry, and of the
// separator that joins a list of values (", "), sorted: the keys a translation gives in a
// catalogue from NewCatalog. The verbs of a translation are those of its format, in the same
// order, or indexed ("%[2]s") when the language puts them in another.
func MessageFormats() []string {
	var out []string
	for _, t := range append(catalogueRows(), separators[:]...) {
		out = append(out, t.en)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// NewPrinter returns a printer that renders Issue messages in the built-in catalogue language
// that best matches prefs (English, Arabic or Kurdish Sorani), chosen with a language.Matcher.
func NewPrinter(prefs ...language.Tag) *message.Printer {
	_, i, _ := language.NewMatcher(messageLanguages[:]).Match(prefs...)
	return message.NewPrinter(messageLanguages[i], message.Catalog(builtinCatalog()))
}

// defaultPrinter returns the English printer of the built-in catalogue.
func defaultPrinter() *message.Printer {
	return message.NewPrinter(language.English, message.Catalog(builtinCatalog()))
}
