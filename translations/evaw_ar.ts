<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>evaw::ActivityListModel</name>
    <message>
        <source>Reported by</source>
        <translation>أبلغ عنه</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>التدبير</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>الوكالات</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
</context>
<context>
    <name>evaw::ActivityReader</name>
    <message>
        <source>activity %1 has a malformed list of entities, mentions, dates or variants</source>
        <translation>النشاط %1 يحتوي على قائمة كيانات أو إشارات أو تواريخ أو صيغ مختلفة غير سليمة</translation>
    </message>
</context>
<context>
    <name>evaw::AgencyModel</name>
    <message>
        <source>Reporting entities</source>
        <translation>الكيانات المبلِّغة</translation>
    </message>
    <message>
        <source>UN system</source>
        <translation>منظومة الأمم المتحدة</translation>
    </message>
    <message>
        <source>Partners outside the UN</source>
        <translation>شركاء من خارج الأمم المتحدة</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities under the other filters</source>
        <translation>
            <numerusform>%1: لا أنشطة في ظل عوامل التصفية الأخرى</numerusform>
            <numerusform>%1: نشاط واحد في ظل عوامل التصفية الأخرى</numerusform>
            <numerusform>%1: نشاطان في ظل عوامل التصفية الأخرى</numerusform>
            <numerusform>%1: %n أنشطة في ظل عوامل التصفية الأخرى</numerusform>
            <numerusform>%1: %n نشاطًا في ظل عوامل التصفية الأخرى</numerusform>
            <numerusform>%1: %n نشاط في ظل عوامل التصفية الأخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
</context>
<context>
    <name>evaw::AgencyPanel</name>
    <message>
        <source>Filter agencies…</source>
        <translation>تصفية الوكالات…</translation>
    </message>
    <message>
        <source>Filter the agency list</source>
        <translation>تصفية قائمة الوكالات</translation>
    </message>
    <message>
        <source>Type to show only agencies whose name contains the text</source>
        <translation>اكتب لعرض الوكالات التي يحتوي اسمها على النص فقط</translation>
    </message>
    <message>
        <source>Any of the checked</source>
        <translation>أيٌّ من المحدَّدة</translation>
    </message>
    <message>
        <source>All of the checked</source>
        <translation>جميع المحدَّدة</translation>
    </message>
    <message>
        <source>Agency match</source>
        <translation>مطابقة الوكالات</translation>
    </message>
    <message>
        <source>Show activities naming any checked agency, or only those naming all of them together</source>
        <translation>عرض الأنشطة التي تذكر أيًّا من الوكالات المحدَّدة، أو تلك التي تذكرها جميعًا معًا فقط</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>المذكورة</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>أبلغ عنه</translation>
    </message>
    <message>
        <source>Agency role</source>
        <translation>دور الوكالة</translation>
    </message>
    <message>
        <source>Match agencies named in the text, or the entity that reported the entry</source>
        <translation>مطابقة الوكالات المذكورة في النص، أو الكيان الذي أبلغ عن المدخل</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>الوكالات</translation>
    </message>
    <message>
        <source>Check agencies to show their activities</source>
        <translation>حدِّد الوكالات لعرض أنشطتها</translation>
    </message>
</context>
<context>
    <name>evaw::BriefingWriter</name>
    <message numerus="yes">
        <source>Source: UN inventory of activities to end violence against women and girls — %n activities</source>
        <translation>
            <numerusform>المصدر: حصر الأمم المتحدة لأنشطة القضاء على العنف ضد النساء والفتيات — لا أنشطة</numerusform>
            <numerusform>المصدر: حصر الأمم المتحدة لأنشطة القضاء على العنف ضد النساء والفتيات — نشاط واحد</numerusform>
            <numerusform>المصدر: حصر الأمم المتحدة لأنشطة القضاء على العنف ضد النساء والفتيات — نشاطان</numerusform>
            <numerusform>المصدر: حصر الأمم المتحدة لأنشطة القضاء على العنف ضد النساء والفتيات — %n أنشطة</numerusform>
            <numerusform>المصدر: حصر الأمم المتحدة لأنشطة القضاء على العنف ضد النساء والفتيات — %n نشاطًا</numerusform>
            <numerusform>المصدر: حصر الأمم المتحدة لأنشطة القضاء على العنف ضد النساء والفتيات — %n نشاط</numerusform>
        </translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>جميع الأنشطة</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>عوامل التصفية:</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>صُدِّر في %1</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>أبلغ عنه</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1، السطر %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Agencies working together</source>
        <translation>الوكالات التي تعمل معًا</translation>
    </message>
    <message numerus="yes">
        <source>The pairs of UN agencies these activities name together most often, of %n pairs</source>
        <translation>
            <numerusform>أزواج وكالات الأمم المتحدة التي تذكرها هذه الأنشطة معًا أكثر من غيرها، من أصل لا أزواج</numerusform>
            <numerusform>أزواج وكالات الأمم المتحدة التي تذكرها هذه الأنشطة معًا أكثر من غيرها، من أصل زوج واحد</numerusform>
            <numerusform>أزواج وكالات الأمم المتحدة التي تذكرها هذه الأنشطة معًا أكثر من غيرها، من أصل زوجين</numerusform>
            <numerusform>أزواج وكالات الأمم المتحدة التي تذكرها هذه الأنشطة معًا أكثر من غيرها، من أصل %n أزواج</numerusform>
            <numerusform>أزواج وكالات الأمم المتحدة التي تذكرها هذه الأنشطة معًا أكثر من غيرها، من أصل %n زوجًا</numerusform>
            <numerusform>أزواج وكالات الأمم المتحدة التي تذكرها هذه الأنشطة معًا أكثر من غيرها، من أصل %n زوج</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message numerus="yes">
        <source>The UN agencies and partners these activities name together most often, of %n pairs</source>
        <translation>
            <numerusform>وكالات الأمم المتحدة والشركاء الذين تذكرهم هذه الأنشطة معًا أكثر من غيرهم، من أصل لا أزواج</numerusform>
            <numerusform>وكالات الأمم المتحدة والشركاء الذين تذكرهم هذه الأنشطة معًا أكثر من غيرهم، من أصل زوج واحد</numerusform>
            <numerusform>وكالات الأمم المتحدة والشركاء الذين تذكرهم هذه الأنشطة معًا أكثر من غيرهم، من أصل زوجين</numerusform>
            <numerusform>وكالات الأمم المتحدة والشركاء الذين تذكرهم هذه الأنشطة معًا أكثر من غيرهم، من أصل %n أزواج</numerusform>
            <numerusform>وكالات الأمم المتحدة والشركاء الذين تذكرهم هذه الأنشطة معًا أكثر من غيرهم، من أصل %n زوجًا</numerusform>
            <numerusform>وكالات الأمم المتحدة والشركاء الذين تذكرهم هذه الأنشطة معًا أكثر من غيرهم، من أصل %n زوج</numerusform>
        </translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
</context>
<context>
    <name>evaw::ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation>رسم متجهي SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Slide, 16:9 (1920 × 1080)</source>
        <translation>شريحة، 16:9 (1920 × 1080)</translation>
    </message>
    <message>
        <source>A4 landscape, 300 DPI</source>
        <translation>A4 أفقي، 300 نقطة في البوصة</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> نقطة/بوصة</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;التنسيق:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;الحجم:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>ال&amp;عرض:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>الا&amp;رتفاع:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>ال&amp;دقة:</translation>
    </message>
</context>
<context>
    <name>evaw::ChartExporter</name>
    <message>
        <source>Exported %1</source>
        <translation>صُدِّر في %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>evaw::CorpusParser</name>
    <message>
        <source>: could not be stored</source>
        <translation>: تعذر التخزين</translation>
    </message>
    <message>
        <source>: import cancelled</source>
        <translation>: أُلغي الاستيراد</translation>
    </message>
    <message>
        <source>: contains no text</source>
        <translation>: لا يحتوي على نص</translation>
    </message>
</context>
<context>
    <name>evaw::CountryPanel</name>
    <message>
        <source>Hide zero counts</source>
        <translation>إخفاء الأعداد الصفرية</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>تصفية البلدان…</translation>
    </message>
    <message>
        <source>Filter the country tree</source>
        <translation>تصفية شجرة البلدان</translation>
    </message>
    <message>
        <source>Type to show only regions, countries and places whose name contains the text</source>
        <translation>اكتب لعرض المناطق والبلدان والأماكن التي يحتوي اسمها على النص فقط</translation>
    </message>
    <message>
        <source>UN M49 regions</source>
        <translation>مناطق M49 للأمم المتحدة</translation>
    </message>
    <message>
        <source>UN Women regions</source>
        <translation>مناطق هيئة الأمم المتحدة للمرأة</translation>
    </message>
    <message>
        <source>Region scheme</source>
        <translation>التقسيم الإقليمي</translation>
    </message>
    <message>
        <source>Group countries by the UN&apos;s M49 regions or by UN Women&apos;s regional offices</source>
        <translation>تجميع البلدان حسب مناطق M49 للأمم المتحدة أو حسب المكاتب الإقليمية لهيئة الأمم المتحدة للمرأة</translation>
    </message>
    <message>
        <source>Hide places with no activity under the other filters</source>
        <translation>إخفاء الأماكن التي لا نشاط فيها في ظل عوامل التصفية الأخرى</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Check regions, countries or places to show their activities</source>
        <translation>حدِّد المناطق أو البلدان أو الأماكن لعرض أنشطتها</translation>
    </message>
</context>
<context>
    <name>evaw::CountryTreeModel</name>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>No country stated</source>
        <translation>لم يُذكر بلد</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities under the other filters</source>
        <translation>
            <numerusform>%1: لا أنشطة في ظل عوامل التصفية الأخرى</numerusform>
            <numerusform>%1: نشاط واحد في ظل عوامل التصفية الأخرى</numerusform>
            <numerusform>%1: نشاطان في ظل عوامل التصفية الأخرى</numerusform>
            <numerusform>%1: %n أنشطة في ظل عوامل التصفية الأخرى</numerusform>
            <numerusform>%1: %n نشاطًا في ظل عوامل التصفية الأخرى</numerusform>
            <numerusform>%1: %n نشاط في ظل عوامل التصفية الأخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Region, country, place</source>
        <translation>المنطقة، البلد، المكان</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
</context>
<context>
    <name>evaw::Database</name>
    <message>
        <source>: is a folder, not a database</source>
        <translation>: مجلد وليس قاعدة بيانات</translation>
    </message>
    <message>
        <source>: its folder cannot be created</source>
        <translation>: يتعذر إنشاء مجلده</translation>
    </message>
    <message>
        <source>: is not a readable EVAW Explorer database (%1)</source>
        <translation>: ليست قاعدة بيانات EVAW Explorer قابلة للقراءة (%1)</translation>
    </message>
    <message>
        <source>: was written by a newer EVAW Explorer (schema %1; this version reads up to %2)</source>
        <translation>: كُتبت بإصدار أحدث من EVAW Explorer (المخطط %1؛ يقرأ هذا الإصدار حتى %2)</translation>
    </message>
    <message>
        <source>a row of %1 refers to one that is gone</source>
        <translation>صف في %1 يشير إلى صف لم يعد موجودًا</translation>
    </message>
    <message>
        <source>: its SQLite connection cannot be extended</source>
        <translation>: تعذّر توسيع اتصال SQLite الخاص بها</translation>
    </message>
</context>
<context>
    <name>evaw::DetailPane</name>
    <message>
        <source>Activity details</source>
        <translation>تفاصيل النشاط</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>النص المصدر</translation>
    </message>
    <message>
        <source>The source file around this activity; its span is selected</source>
        <translation>الملف المصدر حول هذا النشاط؛ المقطع الخاص به محدَّد</translation>
    </message>
    <message>
        <source>The source text around the selected activity appears here.</source>
        <translation>يظهر هنا النص المصدر حول النشاط المحدَّد.</translation>
    </message>
    <message>
        <source>Select an activity in the list to read it here, with its source.</source>
        <translation>اختر نشاطًا من القائمة لقراءته هنا مع مصدره.</translation>
    </message>
    <message>
        <source>Variants: the same statement elsewhere, with other figures or more text</source>
        <translation>صيغ أخرى: البيان نفسه في موضع آخر بأرقام مختلفة أو بنص أطول</translation>
    </message>
    <message>
        <source>This entry</source>
        <translation>هذا المدخل</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>الصيغة الأخرى</translation>
    </message>
    <message>
        <source>same figures</source>
        <translation>الأرقام نفسها</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>لا رقم</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>أبلغ عنه %1</translation>
    </message>
    <message>
        <source>Under the heading “%1”</source>
        <translation>تحت العنوان «%1»</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>الأسطر %1–%2</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>bytes %1–%2</source>
        <translation>البايتات %1–%2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1، السطر %2</translation>
    </message>
    <message>
        <source>The same text also stands at:</source>
        <translation>يرد النص نفسه أيضًا في:</translation>
    </message>
    <message>
        <source>Marked:</source>
        <translation>المميَّز:</translation>
    </message>
    <message>
        <source>country</source>
        <translation>بلد</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>region</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>وكالة</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>شريك</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>برنامج</translation>
    </message>
    <message>
        <source>form of violence</source>
        <translation>شكل من أشكال العنف</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>Filed under, though the text does not name it:</source>
        <translation>مصنّفة أيضًا تحت، وإن لم يذكره النص:</translation>
    </message>
    <message>
        <source>Reporting entity not stated</source>
        <translation>لم تُذكر الجهة المُبلِّغة</translation>
    </message>
    <message>
        <source>target year</source>
        <translation>سنة مستهدفة</translation>
    </message>
    <message>
        <source>Only the first %1 of its %2 characters are shown here.</source>
        <translation>لا تُعرض هنا إلا أول %1 من أحرفه البالغ عددها %2.</translation>
    </message>
    <message>
        <source>words searched for</source>
        <translation>الكلمات المبحوث عنها</translation>
    </message>
    <message>
        <source>reporting entity not stated</source>
        <translation>لم تُذكر الجهة المُبلِّغة</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>أبلغ عنه %1</translation>
    </message>
    <message>
        <source>Click a marked name or date to filter by it, or a variant&apos;s place to read it</source>
        <translation>انقر على اسم أو تاريخ مميَّز للتصفية بحسبه، أو على موضع صيغة أخرى لقراءتها</translation>
    </message>
</context>
<context>
    <name>evaw::DumpCommand</name>
    <message>
        <source>Print every activity of a corpus as JSON or TSV.</source>
        <translation>طباعة جميع أنشطة المدوَّنة بصيغة JSON أو TSV.</translation>
    </message>
    <message>
        <source>Output format: json or tsv.</source>
        <translation>تنسيق الإخراج: json أو tsv.</translation>
    </message>
    <message>
        <source>Store to import into and read from (default: in memory).</source>
        <translation>المخزن الذي يُستورد إليه ويُقرأ منه (افتراضيًا: في الذاكرة).</translation>
    </message>
    <message>
        <source>Corpus files (default: the bundled corpus).</source>
        <translation>ملفات المدوَّنة (افتراضيًا: المدوَّنة المرفقة).</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use json or tsv</source>
        <translation>تنسيق غير معروف &apos;%1&apos;: استخدم json أو tsv</translation>
    </message>
</context>
<context>
    <name>evaw::ExplorerState</name>
    <message>
        <source>No country stated</source>
        <translation>لم يُذكر بلد</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>or</source>
        <translation>أو</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>أبلغ عنه %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>حتى %1</translation>
    </message>
</context>
<context>
    <name>evaw::ExportCommand</name>
    <message>
        <source>Agency to filter by (repeatable).</source>
        <translation>الوكالة المراد التصفية بحسبها (قابل للتكرار).</translation>
    </message>
    <message>
        <source>Activities must name all the agencies.</source>
        <translation>يجب أن تذكر الأنشطةُ جميعَ الوكالات.</translation>
    </message>
    <message>
        <source>Country to filter by (repeatable).</source>
        <translation>البلد المراد التصفية بحسبه (قابل للتكرار).</translation>
    </message>
    <message>
        <source>First year.</source>
        <translation>السنة الأولى.</translation>
    </message>
    <message>
        <source>Last year.</source>
        <translation>السنة الأخيرة.</translation>
    </message>
    <message>
        <source>Full-text query.</source>
        <translation>استعلام بالنص الكامل.</translation>
    </message>
    <message>
        <source>png, svg, pdf, csv or xlsx.</source>
        <translation>png أو svg أو pdf أو csv أو xlsx.</translation>
    </message>
    <message>
        <source>Canvas in pixels, WxH.</source>
        <translation>المساحة بالبكسل، العرض×الارتفاع.</translation>
    </message>
    <message>
        <source>Resolution.</source>
        <translation>الدقة.</translation>
    </message>
    <message>
        <source>Title.</source>
        <translation>العنوان.</translation>
    </message>
    <message>
        <source>Store to read (default: in memory).</source>
        <translation>المخزن المراد قراءته (افتراضيًا: في الذاكرة).</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>name the file to write with -o FILE</source>
        <translation>حدِّد الملف المراد كتابته باستخدام -o FILE</translation>
    </message>
    <message>
        <source>a %1 exports as %2, not &apos;%3&apos;</source>
        <translation>يُصدَّر %1 بصيغة %2، وليس &apos;%3&apos;</translation>
    </message>
    <message>
        <source>unknown agency &apos;%1&apos;; close matches: %2</source>
        <translation>وكالة غير معروفة &apos;%1&apos;؛ أسماء قريبة: %2</translation>
    </message>
    <message>
        <source>unknown country &apos;%1&apos;; close matches: %2</source>
        <translation>بلد غير معروف &apos;%1&apos;؛ أسماء قريبة: %2</translation>
    </message>
    <message>
        <source>search not understood: %1</source>
        <translation>لم يُفهم البحث: %1</translation>
    </message>
    <message>
        <source>Activities to end violence against women and girls</source>
        <translation>أنشطة القضاء على العنف ضد النساء والفتيات</translation>
    </message>
    <message>
        <source>--size takes WxH, such as 1920x1080</source>
        <translation>--size يتطلب العرض×الارتفاع، مثل 1920x1080</translation>
    </message>
    <message>
        <source>Language of the export: en, fr, es or ar.</source>
        <translation>لغة التصدير: en أو fr أو es أو ar.</translation>
    </message>
    <message>
        <source>Form of violence to filter by, by name or id such as fgm (repeatable).</source>
        <translation>شكل العنف المراد التصفية به، باسمه أو بمعرّفه مثل fgm (قابل للتكرار).</translation>
    </message>
    <message>
        <source>unknown form of violence &apos;%1&apos;; close matches: %2</source>
        <translation>شكل العنف «%1» غير معروف؛ أسماء قريبة: %2</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n activities)</source>
        <translation>
            <numerusform>كُتب %1 (لا أنشطة)</numerusform>
            <numerusform>كُتب %1 (نشاط واحد)</numerusform>
            <numerusform>كُتب %1 (نشاطان)</numerusform>
            <numerusform>كُتب %1 (%n أنشطة)</numerusform>
            <numerusform>كُتب %1 (%n نشاطًا)</numerusform>
            <numerusform>كُتب %1 (%n نشاط)</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme or mechanism to filter by, by name or id (repeatable).</source>
        <translation>البرنامج أو الآلية المراد التصفية بها، بالاسم أو بالمعرّف (قابل للتكرار).</translation>
    </message>
    <message>
        <source>unknown programme &apos;%1&apos;; close matches: %2</source>
        <translation>البرنامج «%1» غير معروف؛ أسماء قريبة: %2</translation>
    </message>
    <message>
        <source>Export a chart, the activity table, the agencies working together or a briefing, with no window.</source>
        <translation>تصدير مخطط أو جدول الأنشطة أو الوكالات التي تعمل معًا أو مذكرة إحاطة، دون نافذة.</translation>
    </message>
    <message>
        <source>say what to export: chart, table, pairs or briefing</source>
        <translation>حدِّد ما تريد تصديره: chart أو table أو pairs أو briefing</translation>
    </message>
    <message>
        <source>Pairs and briefing: pair the UN agencies with partners outside the UN too.</source>
        <translation>الأزواج ومذكرة الإحاطة: إقران وكالات الأمم المتحدة بالشركاء من خارج الأمم المتحدة أيضًا.</translation>
    </message>
</context>
<context>
    <name>evaw::Importer</name>
    <message>
        <source>%1: variants could not be stored (%2)</source>
        <translation>%1: تعذر تخزين الصيغ الأخرى (%2)</translation>
    </message>
    <message>
        <source>%1: its text could not be indexed for search (%2)</source>
        <translation>%1: تعذرت فهرسة نصه للبحث (%2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
</context>
<context>
    <name>evaw::LanguageManager</name>
    <message>
        <source>unknown language &apos;%1&apos;; choose one of %2</source>
        <translation>لغة غير معروفة &apos;%1&apos;؛ اختر من بين %2</translation>
    </message>
    <message>
        <source>the %1 translation is missing</source>
        <translation>الترجمة %1 مفقودة</translation>
    </message>
</context>
<context>
    <name>evaw::MainWindow</name>
    <message>
        <source>EVAW Explorer</source>
        <translation>EVAW Explorer</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>The activities the filters leave; select one to read it in full</source>
        <translation>الأنشطة المتبقية بعد التصفية؛ اختر نشاطًا لقراءته كاملًا</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>لا يطابق أي نشاط عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Remove every filter and show the whole corpus</source>
        <translation>إزالة جميع عوامل التصفية وعرض المدوَّنة كاملة</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>الوكالات</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, prefix*, AND, OR, NOT</source>
        <translation>بحث: كلمات، &quot;عبارة&quot;، بادئة*، AND، OR، NOT</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Full-text search (Ctrl+F). Phrases in quotes, prefix*, AND, OR, NOT; Esc clears</source>
        <translation>بحث بالنص الكامل (Ctrl+F). العبارات بين علامتي اقتباس، بادئة*، AND، OR، NOT؛ Esc للمسح</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source> Years </source>
        <translation> السنوات </translation>
    </message>
    <message>
        <source>From year</source>
        <translation>من سنة</translation>
    </message>
    <message>
        <source>Earliest year an activity states</source>
        <translation>أقدم سنة يذكرها النشاط</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>حتى سنة</translation>
    </message>
    <message>
        <source>Latest year an activity states</source>
        <translation>أحدث سنة يذكرها النشاط</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Import corpus files…</source>
        <translation>&amp;استيراد ملفات المدوَّنة…</translation>
    </message>
    <message>
        <source>Add inventory text files to the store</source>
        <translation>إضافة ملفات نصية من الحصر إلى المخزن</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>تصدير ال&amp;مخطط…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF, with title, filters and source</source>
        <translation>حفظ الخط الزمني بصيغة PNG أو SVG أو PDF مع العنوان وعوامل التصفية والمصدر</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>تصدير ال&amp;جدول…</translation>
    </message>
    <message>
        <source>Save the filtered activities as CSV or XLSX</source>
        <translation>حفظ الأنشطة المصفّاة بصيغة CSV أو XLSX</translation>
    </message>
    <message>
        <source>Export &amp;briefing PDF…</source>
        <translation>تصدير مذكرة الإ&amp;حاطة PDF…</translation>
    </message>
    <message>
        <source>&amp;Print briefing…</source>
        <translation>&amp;طباعة مذكرة الإحاطة…</translation>
    </message>
    <message>
        <source>Cop&amp;y chart as image</source>
        <translation>ن&amp;سخ المخطط كصورة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Go to the activity &amp;list</source>
        <translation>الانتقال إلى &amp;قائمة الأنشطة</translation>
    </message>
    <message>
        <source>Go to the &amp;countries</source>
        <translation>الانتقال إلى ال&amp;بلدان</translation>
    </message>
    <message>
        <source>Go to the &amp;agencies</source>
        <translation>الانتقال إلى ال&amp;وكالات</translation>
    </message>
    <message>
        <source>Go to the activity &amp;details</source>
        <translation>الانتقال إلى &amp;تفاصيل النشاط</translation>
    </message>
    <message>
        <source>Result summary</source>
        <translation>ملخص النتيجة</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدم الاستيراد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop the import; files not yet finished leave no trace</source>
        <translation>إيقاف الاستيراد؛ لا تترك الملفات غير المكتملة أي أثر</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln activities</source>
        <translation>
            <numerusform>%1 من أصل لا أنشطة</numerusform>
            <numerusform>%1 من أصل نشاط واحد</numerusform>
            <numerusform>%1 من أصل نشاطين</numerusform>
            <numerusform>%1 من أصل %Ln أنشطة</numerusform>
            <numerusform>%1 من أصل %Ln نشاطًا</numerusform>
            <numerusform>%1 من أصل %Ln نشاط</numerusform>
        </translation>
    </message>
    <message>
        <source>search not understood: %1</source>
        <translation>لم يُفهم البحث: %1</translation>
    </message>
    <message>
        <source>Search not understood: %1</source>
        <translation>لم يُفهم البحث: %1</translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>هناك استيراد قيد التنفيذ؛ انتظره أو ألغه.</translation>
    </message>
    <message>
        <source>Import corpus files</source>
        <translation>استيراد ملفات المدوَّنة</translation>
    </message>
    <message>
        <source>Importing file %1 of %2</source>
        <translation>استيراد الملف %1 من %2</translation>
    </message>
    <message>
        <source>The store could not be read again: %1</source>
        <translation>تعذرت إعادة قراءة المخزن: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n new activities</source>
        <translation>
            <numerusform>انتهى الاستيراد: لا أنشطة جديدة</numerusform>
            <numerusform>انتهى الاستيراد: نشاط جديد واحد</numerusform>
            <numerusform>انتهى الاستيراد: نشاطان جديدان</numerusform>
            <numerusform>انتهى الاستيراد: %n أنشطة جديدة</numerusform>
            <numerusform>انتهى الاستيراد: %n نشاطًا جديدًا</numerusform>
            <numerusform>انتهى الاستيراد: %n نشاط جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Some files were not imported.</source>
        <translation>لم تُستورد بعض الملفات.</translation>
    </message>
    <message>
        <source>Activities to end violence against women and girls</source>
        <translation>أنشطة القضاء على العنف ضد النساء والفتيات</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>Chart (*.%1)</source>
        <translation>مخطط (*.%1)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>حُفظ المخطط في %1</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV، UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>تصدير الجدول</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>حُفظ الجدول في %1</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>تصدير مذكرة الإحاطة</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Briefing saved to %1</source>
        <translation>حُفظت مذكرة الإحاطة في %1</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>نُسخ المخطط إلى الحافظة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n new activities; linking their variants and indexing their text for search…</source>
        <translation>
            <numerusform>انتهى الاستيراد: لا أنشطة جديدة؛ جارٍ ربط صيغها الأخرى وفهرسة نصوصها للبحث…</numerusform>
            <numerusform>انتهى الاستيراد: نشاط جديد واحد؛ جارٍ ربط صيغه الأخرى وفهرسة نصه للبحث…</numerusform>
            <numerusform>انتهى الاستيراد: نشاطان جديدان؛ جارٍ ربط صيغهما الأخرى وفهرسة نصيهما للبحث…</numerusform>
            <numerusform>انتهى الاستيراد: %n أنشطة جديدة؛ جارٍ ربط صيغها الأخرى وفهرسة نصوصها للبحث…</numerusform>
            <numerusform>انتهى الاستيراد: %n نشاطًا جديدًا؛ جارٍ ربط صيغها الأخرى وفهرسة نصوصها للبحث…</numerusform>
            <numerusform>انتهى الاستيراد: %n نشاط جديد؛ جارٍ ربط صيغها الأخرى وفهرسة نصوصها للبحث…</numerusform>
        </translation>
    </message>
    <message>
        <source>The new text could not be indexed for search: %1</source>
        <translation>تعذّرت فهرسة النص الجديد للبحث: %1</translation>
    </message>
    <message>
        <source>Variants of the new activities could not be stored: %1</source>
        <translation>تعذّر تخزين الصيغ الأخرى للأنشطة الجديدة: %1</translation>
    </message>
    <message>
        <source>Linking variants and indexing text for search…</source>
        <translation>جارٍ ربط الصيغ الأخرى وفهرسة النصوص للبحث…</translation>
    </message>
    <message>
        <source>Text search now covers every activity</source>
        <translation>أصبح البحث في النصوص يشمل جميع الأنشطة</translation>
    </message>
    <message>
        <source>Imported &amp;files…</source>
        <translation>الملفات الم&amp;ستوردة…</translation>
    </message>
    <message>
        <source>See the files in the store, and take one out</source>
        <translation>عرض الملفات في قاعدة البيانات وإخراج أحدها</translation>
    </message>
    <message>
        <source>The list of imported files could not be read: %1</source>
        <translation>تعذّرت قراءة قائمة الملفات المستوردة: %1</translation>
    </message>
    <message>
        <source>Stop taking the file out; the store stays as it was</source>
        <translation>إيقاف إخراج الملف؛ تبقى قاعدة البيانات كما كانت</translation>
    </message>
    <message>
        <source>Taking “%1” out of the store…</source>
        <translation>جارٍ إخراج «%1» من قاعدة البيانات…</translation>
    </message>
    <message>
        <source>“%1” was not taken out of the store: %2</source>
        <translation>لم يُخرَج «%1» من قاعدة البيانات: %2</translation>
    </message>
    <message>
        <source>“%1” is out of the store</source>
        <translation>أُخرج «%1» من قاعدة البيانات</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>أشكال العنف</translation>
    </message>
    <message>
        <source>Forms of violence the activities name; check some to show the activities naming any of them</source>
        <translation>أشكال العنف التي تذكرها الأنشطة؛ حدّد بعضها لعرض الأنشطة التي تذكر أيًّا منها</translation>
    </message>
    <message>
        <source>Measure, period</source>
        <translation>التدبير والفترة</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;التدبير</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <source>The inventory&apos;s measure categories; check one to show its activities</source>
        <translation>فئات التدابير في الحصر؛ حدِّد فئة لعرض أنشطتها</translation>
    </message>
    <message>
        <source>Reporting &amp;period</source>
        <translation>&amp;فترة الإبلاغ</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>فترات الإبلاغ</translation>
    </message>
    <message>
        <source>Reporting periods the corpus states; check one to show its activities</source>
        <translation>فترات الإبلاغ المذكورة في المدوَّنة؛ حدِّد فترة لعرض أنشطتها</translation>
    </message>
    <message>
        <source>Form of &amp;violence</source>
        <translation>شكل ال&amp;عنف</translation>
    </message>
    <message>
        <source>Pro&amp;gramme or mechanism</source>
        <translation>ال&amp;برنامج أو الآلية</translation>
    </message>
    <message>
        <source>Programmes and mechanisms</source>
        <translation>البرامج والآليات</translation>
    </message>
    <message>
        <source>Programmes, campaigns and mechanisms the activities name; check some to show the activities naming any of them</source>
        <translation>البرامج والحملات والآليات التي تذكرها الأنشطة؛ حدّد بعضها لعرض الأنشطة التي تذكر أيًّا منها</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <source>Copy &amp;activity with its source</source>
        <translation>نسخ ال&amp;نشاط مع مصدره</translation>
    </message>
    <message>
        <source>Put the selected activity&apos;s text, who reported it and where it stands on the clipboard, to quote in a briefing</source>
        <translation>نسخ نص النشاط المحدد ومن أبلغ عنه وموضعه إلى الحافظة، لاقتباسه في موجز</translation>
    </message>
    <message>
        <source>Select an activity in the list to copy it</source>
        <translation>حدّد نشاطًا في القائمة لنسخه</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>أبلغ عنه %1</translation>
    </message>
    <message>
        <source>source: %1, line %2</source>
        <translation>المصدر: %1، السطر %2</translation>
    </message>
    <message>
        <source>Activity copied to the clipboard, with its source</source>
        <translation>نُسخ النشاط إلى الحافظة مع مصدره</translation>
    </message>
    <message>
        <source>The last import&apos;s variants and search index are still being written; wait for them.</source>
        <translation>لا تزال المتغيرات وفهرس البحث الخاصة بآخر استيراد قيد الكتابة؛ انتظر انتهاءها.</translation>
    </message>
    <message>
        <source>The store holds no activities. Import the inventory&apos;s text files, or the corpus that comes with EVAW Explorer.</source>
        <translation>لا يحتوي المخزن على أي أنشطة. استورد ملفات الحصر النصية، أو المدوَّنة المرفقة ببرنامج EVAW Explorer.</translation>
    </message>
    <message>
        <source>Import corpus files…</source>
        <translation>استيراد ملفات المدوَّنة…</translation>
    </message>
    <message>
        <source>Import the bundled corpus</source>
        <translation>استيراد المدوَّنة المرفقة</translation>
    </message>
    <message>
        <source>Add the corpus that comes with EVAW Explorer to the store</source>
        <translation>إضافة المدوَّنة المرفقة ببرنامج EVAW Explorer إلى المخزن</translation>
    </message>
    <message>
        <source>Import the &amp;bundled corpus</source>
        <translation>استيراد المدوَّنة ال&amp;مرفقة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Agencies working together</source>
        <translation>الوكالات التي تعمل معًا</translation>
    </message>
    <message>
        <source>Pairs of UN agencies that the listed activities name together; click one to list the activities naming both</source>
        <translation>أزواج وكالات الأمم المتحدة التي تذكرها الأنشطة المدرجة معًا؛ انقر على أحدها لإدراج الأنشطة التي تذكر كلتيهما</translation>
    </message>
    <message>
        <source>Export agencies working to&amp;gether…</source>
        <translation>تصدير الوكالات التي تعمل &amp;معًا…</translation>
    </message>
    <message>
        <source>Save the pairs of UN agencies the filtered activities name together as CSV or XLSX</source>
        <translation>حفظ أزواج وكالات الأمم المتحدة التي تذكرها الأنشطة المصفّاة معًا بصيغة CSV أو XLSX</translation>
    </message>
    <message>
        <source>Export agencies working together</source>
        <translation>تصدير الوكالات التي تعمل معًا</translation>
    </message>
    <message>
        <source>With partners outside the UN</source>
        <translation>مع الشركاء من خارج الأمم المتحدة</translation>
    </message>
    <message>
        <source>Pair the UN agencies with governments, donors and civil society too</source>
        <translation>إقران وكالات الأمم المتحدة بالحكومات والجهات المانحة والمجتمع المدني أيضًا</translation>
    </message>
    <message>
        <source>One PDF: the chart, the filters, the agencies working together most often and the activities with their sources</source>
        <translation>ملف PDF واحد: المخطط وعوامل التصفية والوكالات الأكثر عملًا معًا والأنشطة مع مصادرها</translation>
    </message>
    <message>
        <source>Activity list c&amp;olumns</source>
        <translation>أ&amp;عمدة قائمة الأنشطة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About EVAW Explorer</source>
        <translation>&amp;حول EVAW Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>in memory, gone when it closes</source>
        <translation>في الذاكرة، ويزول عند الإغلاق</translation>
    </message>
    <message>
        <source>Explore the UN inventory of activities to end violence against women and girls: who works with whom, where, and since when, each statement with the paragraph it comes from.</source>
        <translation>استكشاف جرد أنشطة الأمم المتحدة للقضاء على العنف ضد النساء والفتيات: من يعمل مع من، وأين، ومنذ متى، وكل بيان مع الفقرة التي جاء منها.</translation>
    </message>
    <message numerus="yes">
        <source>Store: %1 (%Ln activities)</source>
        <translation>
            <numerusform>قاعدة البيانات: %1 (لا أنشطة)</numerusform>
            <numerusform>قاعدة البيانات: %1 (نشاط واحد)</numerusform>
            <numerusform>قاعدة البيانات: %1 (نشاطان)</numerusform>
            <numerusform>قاعدة البيانات: %1 (%Ln أنشطة)</numerusform>
            <numerusform>قاعدة البيانات: %1 (%Ln نشاطًا)</numerusform>
            <numerusform>قاعدة البيانات: %1 (%Ln نشاط)</numerusform>
        </translation>
    </message>
    <message>
        <source>Countries and their subdivisions are named as ISO 3166 names them, from Debian&apos;s iso-codes; regions, and the names of places in other languages, as the Unicode CLDR does. Agencies, partners, programmes and forms of violence are the application&apos;s own lists.</source>
        <translation>تُسمّى البلدان وتقسيماتها كما يسمّيها معيار ISO 3166، من حزمة iso-codes في دبيان؛ وتُسمّى المناطق، وأسماء الأماكن باللغات الأخرى، كما يسمّيها مستودع CLDR من يونيكود. أما الوكالات والشركاء والبرامج وأشكال العنف فهي قوائم التطبيق نفسه.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>بُني باستخدام Qt %1.</translation>
    </message>
    <message>
        <source>About EVAW Explorer</source>
        <translation>حول EVAW Explorer</translation>
    </message>
    <message>
        <source>Finding line %1 of %2…</source>
        <translation>جارٍ البحث عن السطر %1 في %2…</translation>
    </message>
    <message>
        <source>Text and table files (*.txt *.md *.csv *.tsv);;All files (*)</source>
        <translation>ملفات النصوص والجداول (*.txt *.md *.csv *.tsv);;جميع الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>(%n files read again by this version)</source>
        <translation>
            <numerusform>(لم يُقرأ أي ملف من جديد بهذا الإصدار)</numerusform>
            <numerusform>(قُرئ ملف واحد من جديد بهذا الإصدار)</numerusform>
            <numerusform>(قُرئ ملفان من جديد بهذا الإصدار)</numerusform>
            <numerusform>(قُرئت %n ملفات من جديد بهذا الإصدار)</numerusform>
            <numerusform>(قُرئ %n ملفًا من جديد بهذا الإصدار)</numerusform>
            <numerusform>(قُرئ %n ملف من جديد بهذا الإصدار)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaw::PartnershipModel</name>
    <message numerus="yes">
        <source>%1 and %2 are named together in %n activities under the filters</source>
        <translation>
            <numerusform>لا تُذكر %1 و%2 معًا في أي نشاط في ظل عوامل التصفية</numerusform>
            <numerusform>تُذكر %1 و%2 معًا في نشاط واحد في ظل عوامل التصفية</numerusform>
            <numerusform>تُذكر %1 و%2 معًا في نشاطين في ظل عوامل التصفية</numerusform>
            <numerusform>تُذكر %1 و%2 معًا في %n أنشطة في ظل عوامل التصفية</numerusform>
            <numerusform>تُذكر %1 و%2 معًا في %n نشاطًا في ظل عوامل التصفية</numerusform>
            <numerusform>تُذكر %1 و%2 معًا في %n نشاط في ظل عوامل التصفية</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <translation>
            <numerusform>%1: لا أنشطة</numerusform>
            <numerusform>%1: نشاط واحد</numerusform>
            <numerusform>%1: نشاطان</numerusform>
            <numerusform>%1: %n أنشطة</numerusform>
            <numerusform>%1: %n نشاطًا</numerusform>
            <numerusform>%1: %n نشاط</numerusform>
        </translation>
    </message>
    <message>
        <source>The earliest year stated by an activity naming both: %1</source>
        <translation>أقدم سنة يذكرها نشاط يذكر الكيانين كليهما: %1</translation>
    </message>
    <message>
        <source>None of the activities naming both states a year</source>
        <translation>لا يذكر أي من الأنشطة التي تذكر الكيانين سنةً</translation>
    </message>
    <message>
        <source>The earliest year that an activity naming both agencies states</source>
        <translation>أقدم سنة يذكرها نشاط يذكر الكيانين كليهما</translation>
    </message>
    <message>
        <source>The countries that the activities naming both agencies name, the most often named first</source>
        <translation>البلدان التي تذكرها الأنشطة التي تذكر الكيانين كليهما، الأكثر ذكرًا أولًا</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
</context>
<context>
    <name>evaw::SourceCatalog</name>
    <message>
        <source>cancelled; the store is unchanged</source>
        <translation>أُلغي؛ لم تتغير قاعدة البيانات</translation>
    </message>
    <message>
        <source>the store is not an SQLite database</source>
        <translation>قاعدة البيانات ليست قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>the store holds no file %1</source>
        <translation>لا تحتوي قاعدة البيانات على الملف %1</translation>
    </message>
</context>
<context>
    <name>evaw::SourceExcerpt</name>
    <message>
        <source>%1 cannot be read, or no longer holds this activity</source>
        <translation>تتعذر قراءة %1، أو لم يعد يحتوي على هذا النشاط</translation>
    </message>
</context>
<context>
    <name>evaw::SourceListModel</name>
    <message>
        <source>Compiled into the application</source>
        <translation>مضمّن في التطبيق</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>التكرارات</translation>
    </message>
</context>
<context>
    <name>evaw::SourcesDialog</name>
    <message>
        <source>Imported files</source>
        <translation>الملفات المستوردة</translation>
    </message>
    <message>
        <source>Taking a file out of the store removes the activities first read in it. An activity that another stored file repeats stays, with that file as its source. Import the file again to bring its activities back.</source>
        <translation>يؤدي إخراج ملف من قاعدة البيانات إلى حذف الأنشطة التي قُرئت فيه أولًا. أما النشاط الذي يكرره ملف آخر مخزَّن فيبقى، ويصبح ذلك الملف مصدره. استورد الملف مرة أخرى لاستعادة أنشطته.</translation>
    </message>
    <message>
        <source>&amp;Remove from store…</source>
        <translation>إ&amp;خراج من قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Take the selected file and the activities first read in it out of the store</source>
        <translation>إخراج الملف المحدد والأنشطة التي قُرئت فيه أولًا من قاعدة البيانات</translation>
    </message>
    <message>
        <source>Remove from store</source>
        <translation>إخراج من قاعدة البيانات</translation>
    </message>
    <message>
        <source>Take “%1” out of the store?</source>
        <translation>هل تريد إخراج «%1» من قاعدة البيانات؟</translation>
    </message>
    <message numerus="yes">
        <source>%n activities were first read in it. Those that no other file repeats are removed.</source>
        <translation>
            <numerusform>لم يُقرأ فيه أولًا أي نشاط. تُحذف الأنشطة التي لا يكررها ملف آخر.</numerusform>
            <numerusform>قُرئ فيه أولًا نشاط واحد. تُحذف الأنشطة التي لا يكررها ملف آخر.</numerusform>
            <numerusform>قُرئ فيه أولًا نشاطان. تُحذف الأنشطة التي لا يكررها ملف آخر.</numerusform>
            <numerusform>قُرئت فيه أولًا %n أنشطة. تُحذف الأنشطة التي لا يكررها ملف آخر.</numerusform>
            <numerusform>قُرئ فيه أولًا %n نشاطًا. تُحذف الأنشطة التي لا يكررها ملف آخر.</numerusform>
            <numerusform>قُرئ فيه أولًا %n نشاط. تُحذف الأنشطة التي لا يكررها ملف آخر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaw::TableExporter</name>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>أبلغ عنه</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>التدبير</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>الوكالات</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Country codes</source>
        <translation>رموز البلدان</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>النص الكامل</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>الملف المصدر</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>End line</source>
        <translation>السطر الأخير</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 مجلد</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>المجلد %1 غير موجود</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>تتعذر كتابة %1</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>تعذرت كتابة %1</translation>
    </message>
    <message>
        <source>Activity %1 of the table has %2 characters in one column, more than a spreadsheet cell holds (32,767): export CSV instead</source>
        <translation>يحتوي النشاط %1 من الجدول على %2 حرفًا في عمود واحد، وهو أكثر مما تتسع له خلية جدول البيانات (32767): صدّره بصيغة CSV بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>أشكال العنف</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>%1 rows do not fit in one sheet (at most %2); narrow the filters or export CSV</source>
        <translation>لا تتسع ورقة واحدة لـ %1 من الصفوف (الحد الأقصى %2)؛ ضيّق التصفية أو صدِّر بصيغة CSV</translation>
    </message>
    <message>
        <source>Agency pairs</source>
        <translation>أزواج الوكالات</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
</context>
<context>
    <name>evaw::TextFileReader</name>
    <message>
        <source>is a folder, not a text file</source>
        <translation>مجلد وليس ملفًا نصيًا</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>تتعذر قراءته (%1)</translation>
    </message>
    <message>
        <source>cannot be read again (%1)</source>
        <translation>تتعذر إعادة قراءته (%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>is %1 MiB, larger than the %2 MiB limit</source>
        <translation>حجمه %1 ميبيبايت، أكبر من الحد البالغ %2 ميبيبايت</translation>
    </message>
    <message>
        <source>is binary, not text (NUL byte at offset %1)</source>
        <translation>ثنائي وليس نصًا (بايت NUL عند الموضع %1)</translation>
    </message>
    <message>
        <source>is not valid UTF-16 (odd number of bytes)</source>
        <translation>ليس UTF-16 صالحًا (عدد فردي من البايتات)</translation>
    </message>
    <message>
        <source>is binary, not text (NUL character at offset %1)</source>
        <translation>ثنائي وليس نصًا (حرف NUL عند الموضع %1)</translation>
    </message>
    <message>
        <source>is a web page (HTML), not text: save it from the browser as text, or copy its text into a file, and import that</source>
        <translation>صفحة ويب (HTML) وليست نصًا: احفظها من المتصفح بصيغة نص، أو انسخ نصها إلى ملف، ثم استورد ذلك الملف</translation>
    </message>
</context>
<context>
    <name>evaw::TimelineChart</name>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Activities per year by reporting entity; click a bar to filter to its year, a marker to open its activity</source>
        <translation>الأنشطة في كل سنة حسب الكيان المبلِّغ؛ انقر على عمود للتصفية بحسب سنته، وعلى علامة لفتح نشاطها</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>المعالم</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
</context>
<context>
    <name>evaw::TimelineModel</name>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message numerus="yes">
        <source>Not in the chart, for stating no year: %1 of %Ln activities</source>
        <translation>
            <numerusform>خارج الرسم البياني لعدم ذكر سنة: %1 من أصل لا أنشطة</numerusform>
            <numerusform>خارج الرسم البياني لعدم ذكر سنة: %1 من أصل نشاط واحد</numerusform>
            <numerusform>خارج الرسم البياني لعدم ذكر سنة: %1 من أصل نشاطين</numerusform>
            <numerusform>خارج الرسم البياني لعدم ذكر سنة: %1 من أصل %Ln أنشطة</numerusform>
            <numerusform>خارج الرسم البياني لعدم ذكر سنة: %1 من أصل %Ln نشاطًا</numerusform>
            <numerusform>خارج الرسم البياني لعدم ذكر سنة: %1 من أصل %Ln نشاط</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>EVAW Explorer</source>
        <translation>EVAW Explorer</translation>
    </message>
    <message>
        <source>Explore the UN inventory of activities to end violence against women and girls.</source>
        <translation>استكشاف حصر الأمم المتحدة لأنشطة القضاء على العنف ضد النساء والفتيات.</translation>
    </message>
    <message>
        <source>The store to open (default: in the app-data folder).</source>
        <translation>المخزن المراد فتحه (افتراضيًا: في مجلد بيانات التطبيق).</translation>
    </message>
    <message>
        <source>Corpus files to import.</source>
        <translation>ملفات المدوَّنة المراد استيرادها.</translation>
    </message>
    <message>
        <source>Interface language: en, fr, es or ar.</source>
        <translation>لغة الواجهة: en أو fr أو es أو ar.</translation>
    </message>
    <message>
        <source>Commands that open no window: dump prints the activities as JSON or TSV, and export writes a chart, the activity table or a briefing. Each has its own --help.</source>
        <translation>أوامر لا تفتح أي نافذة: dump يعرض الأنشطة بصيغة JSON أو TSV، وexport يكتب رسمًا بيانيًا أو جدول الأنشطة أو مذكرة إحاطة. لكل منهما خيار --help خاص به.</translation>
    </message>
</context>
</TS>
