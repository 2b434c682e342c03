<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>ActionRunner</name>
        <message>
            <source>This journal is open read-only, so “%1” can't change it.</source>
            <translation>هذا الدفتر مفتوح للقراءة فقط، لذلك لا يمكن لـ«%1» أن يغيّره.</translation>
        </message>
        <message>
            <source>That didn't work</source>
            <translation>لم ينجح ذلك</translation>
        </message>
        <message>
            <source>That can't be undone any more</source>
            <translation>لم يعد التراجع عن ذلك ممكنًا</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>Add files</source>
            <translation>إضافة ملفات</translation>
        </message>
        <message>
            <source>Remove files</source>
            <translation>إزالة ملفات</translation>
        </message>
        <message>
            <source>Put files back</source>
            <translation>إعادة الملفات</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>تدوينة جديدة</translation>
        </message>
        <message>
            <source>Typing</source>
            <translation>الكتابة</translation>
        </message>
        <message>
            <source>Save revision</source>
            <translation>حفظ النسخة</translation>
        </message>
        <message>
            <source>Restore draft</source>
            <translation>استعادة المسودة</translation>
        </message>
        <message>
            <source>Change the date</source>
            <translation>تغيير التاريخ</translation>
        </message>
        <message>
            <source>Change attributes</source>
            <translation>تغيير السمات</translation>
        </message>
        <message>
            <source>Change privacy</source>
            <translation>تغيير من يمكنه رؤيتها</translation>
        </message>
        <message>
            <source>Change tags</source>
            <translation>تغيير الوسوم</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>النقل إلى سلة المهملات</translation>
        </message>
        <message>
            <source>Restore from trash</source>
            <translation>الاستعادة من سلة المهملات</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>إفراغ سلة المهملات</translation>
        </message>
        <message>
            <source>New exhibition</source>
            <translation>معرض جديد</translation>
        </message>
        <message>
            <source>Edit exhibition</source>
            <translation>تعديل المعرض</translation>
        </message>
        <message>
            <source>Rename exhibition</source>
            <translation>تغيير اسم المعرض</translation>
        </message>
        <message>
            <source>Delete exhibition</source>
            <translation>حذف المعرض</translation>
        </message>
        <message>
            <source>Put exhibition back</source>
            <translation>إعادة المعرض</translation>
        </message>
        <message>
            <source>Duplicate exhibition</source>
            <translation>نسخ المعرض</translation>
        </message>
        <message>
            <source>Add station</source>
            <translation>إضافة محطة</translation>
        </message>
        <message>
            <source>Remove station</source>
            <translation>إزالة محطة</translation>
        </message>
        <message>
            <source>Put station back</source>
            <translation>إعادة المحطة</translation>
        </message>
        <message>
            <source>Move station</source>
            <translation>تحريك المحطة</translation>
        </message>
        <message>
            <source>Move station up</source>
            <translation>تحريك المحطة لأعلى</translation>
        </message>
        <message>
            <source>Move station down</source>
            <translation>تحريك المحطة لأسفل</translation>
        </message>
        <message>
            <source>Pin draft</source>
            <translation>تثبيت المسودة</translation>
        </message>
        <message>
            <source>Change station</source>
            <translation>تغيير المحطة</translation>
        </message>
        <message>
            <source>Set growth strip</source>
            <translation>تحديد شريط النمو</translation>
        </message>
        <message>
            <source>Write captions</source>
            <translation>كتابة التعليقات التوضيحية</translation>
        </message>
        <message>
            <source>Write talking notes</source>
            <translation>كتابة ملاحظات الحديث</translation>
        </message>
        <message>
            <source>Set station time</source>
            <translation>تحديد وقت المحطة</translation>
        </message>
        <message>
            <source>Choose section</source>
            <translation>اختيار القسم</translation>
        </message>
        <message>
            <source>Link criteria and attributes</source>
            <translation>ربط المعايير والسمات</translation>
        </message>
        <message>
            <source>Show a photo of other people</source>
            <translation>عرض صورة لأشخاص آخرين</translation>
        </message>
        <message>
            <source>Describe picture</source>
            <translation>وصف الصورة</translation>
        </message>
        <message>
            <source>Record rehearsal</source>
            <translation>تسجيل التدريب</translation>
        </message>
        <message>
            <source>Record presentation</source>
            <translation>تسجيل العرض</translation>
        </message>
        <message>
            <source>Delete rehearsal</source>
            <translation>حذف التدريب</translation>
        </message>
        <message>
            <source>Add panel feedback</source>
            <translation>إضافة ملاحظات اللجنة</translation>
        </message>
        <message>
            <source>Export exhibition</source>
            <translation>تصدير المعرض</translation>
        </message>
        <message>
            <source>Save goal</source>
            <translation>حفظ الهدف</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>هدف جديد</translation>
        </message>
        <message>
            <source>Change the goal</source>
            <translation>تغيير الهدف</translation>
        </message>
        <message>
            <source>Change the goal's status</source>
            <translation>تغيير حالة الهدف</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>حذف الهدف</translation>
        </message>
        <message>
            <source>Restore goal</source>
            <translation>استعادة الهدف</translation>
        </message>
        <message>
            <source>Add success criterion</source>
            <translation>إضافة معيار نجاح</translation>
        </message>
        <message>
            <source>Change success criterion</source>
            <translation>تغيير معيار النجاح</translation>
        </message>
        <message>
            <source>Remove success criterion</source>
            <translation>إزالة معيار النجاح</translation>
        </message>
        <message>
            <source>Put back success criterion</source>
            <translation>إعادة معيار النجاح</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>إضافة خطوة</translation>
        </message>
        <message>
            <source>Tick step</source>
            <translation>وضع علامة على خطوة</translation>
        </message>
        <message>
            <source>Change step</source>
            <translation>تغيير خطوة</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>إزالة خطوة</translation>
        </message>
        <message>
            <source>Put back step</source>
            <translation>إعادة الخطوة</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>تحريك خطوة</translation>
        </message>
        <message>
            <source>Add checkpoint</source>
            <translation>إضافة نقطة متابعة</translation>
        </message>
        <message>
            <source>Change checkpoint</source>
            <translation>تغيير نقطة المتابعة</translation>
        </message>
        <message>
            <source>Remove checkpoint</source>
            <translation>إزالة نقطة المتابعة</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>المتابعة</translation>
        </message>
        <message>
            <source>Reopen checkpoint</source>
            <translation>إعادة فتح نقطة المتابعة</translation>
        </message>
        <message>
            <source>Link evidence</source>
            <translation>ربط دليل</translation>
        </message>
        <message>
            <source>Unlink evidence</source>
            <translation>فكّ ربط الدليل</translation>
        </message>
        <message>
            <source>Link evidence again</source>
            <translation>إعادة ربط الدليل</translation>
        </message>
        <message>
            <source>Lock with a passphrase</source>
            <translation>القفل بعبارة مرور</translation>
        </message>
        <message>
            <source>Remove the passphrase</source>
            <translation>إزالة عبارة المرور</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>استيراد ملف</translation>
        </message>
        <message>
            <source>Export portfolio</source>
            <translation>تصدير ملف الإنجاز</translation>
        </message>
        <message>
            <source>Mark feedback read</source>
            <translation>تعليم الملاحظات كمقروءة</translation>
        </message>
        <message>
            <source>Change my name</source>
            <translation>تغيير اسمي</translation>
        </message>
        <message>
            <source>Finish the welcome</source>
            <translation>إنهاء الترحيب</translation>
        </message>
        <message>
            <source>Remember where I was</source>
            <translation>تذكّر أين توقّفت</translation>
        </message>
        <message>
            <source>Change a preference</source>
            <translation>تغيير أحد التفضيلات</translation>
        </message>
        <message>
            <source>Switch a prompt on or off</source>
            <translation>تفعيل سؤال أو إيقافه</translation>
        </message>
        <message>
            <source>Add my prompt</source>
            <translation>إضافة سؤالي</translation>
        </message>
        <message>
            <source>Change my prompt</source>
            <translation>تغيير سؤالي</translation>
        </message>
        <message>
            <source>Delete my prompt</source>
            <translation>حذف سؤالي</translation>
        </message>
        <message>
            <source>Switch a prompt pack on or off</source>
            <translation>تفعيل حزمة أسئلة أو إيقافها</translation>
        </message>
        <message>
            <source>Import a prompt pack</source>
            <translation>استيراد حزمة أسئلة</translation>
        </message>
        <message>
            <source>Remove a prompt pack</source>
            <translation>إزالة حزمة أسئلة</translation>
        </message>
        <message>
            <source>Answer a prompt</source>
            <translation>الإجابة عن سؤال</translation>
        </message>
        <message>
            <source>Change an answer</source>
            <translation>تغيير إجابة</translation>
        </message>
        <message>
            <source>Delete an answer</source>
            <translation>حذف إجابة</translation>
        </message>
        <message>
            <source>Bring back an answer</source>
            <translation>استعادة إجابة</translation>
        </message>
        <message>
            <source>Save my learning profile</source>
            <translation>حفظ ملفّي التعلّمي</translation>
        </message>
    </context>
    <context>
        <name>ActivityOverview</name>
        <message>
            <source>Activity overview</source>
            <translation>نظرة على نشاطك</translation>
        </message>
        <message>
            <source>Writing days</source>
            <translation>أيام الكتابة</translation>
        </message>
        <message>
            <source>← &amp;Earlier</source>
            <translation>→ &amp;سابقًا</translation>
        </message>
        <message>
            <source>Show the year before</source>
            <translation>عرض السنة السابقة</translation>
        </message>
        <message>
            <source>&amp;Later →</source>
            <translation>&amp;لاحقًا ←</translation>
        </message>
        <message>
            <source>Show the year after</source>
            <translation>عرض السنة التالية</translation>
        </message>
        <message>
            <source>Counts per week</source>
            <translation>العدد في كل أسبوع</translation>
        </message>
        <message>
            <source>Days with writing: {days} · entries: {entries} · drafts saved: {drafts} · reflections: {reflections}</source>
            <translation>أيام الكتابة: {days} · التدوينات: {entries} · المسودات المحفوظة: {drafts} · التأملات: {reflections}</translation>
        </message>
    </context>
    <context>
        <name>AddEntryDialog</name>
        <message>
            <source>Add entries to the exhibition</source>
            <translation>إضافة تدوينات إلى المعرض</translation>
        </message>
        <message>
            <source>&amp;Find an entry:</source>
            <translation>ا&amp;بحث عن تدوينة:</translation>
        </message>
        <message>
            <source>Find an entry</source>
            <translation>البحث عن تدوينة</translation>
        </message>
        <message>
            <source>Words from its title or text</source>
            <translation>كلمات من عنوانها أو نصّها</translation>
        </message>
        <message>
            <source>Entries found</source>
            <translation>التدوينات التي وُجدت</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>إ&amp;ضافة</translation>
        </message>
        <message>
            <source>Add the chosen entries</source>
            <translation>إضافة التدوينات المختارة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>{title} ({day})</source>
            <translation>{title} ({day})</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>تدوينة بلا عنوان</translation>
        </message>
    </context>
    <context>
        <name>AttachmentListModel</name>
        <message>
            <source>File missing</source>
            <translation>الملف مفقود</translation>
        </message>
        <message>
            <source>%1
File missing: it is no longer in the journal folder.</source>
            <translation>%1
الملف مفقود: لم يعد موجودًا في مجلد الدفتر.</translation>
        </message>
        <message>
            <source>%1, file missing</source>
            <translation>%1، الملف مفقود</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Attachments</source>
            <translation>المرفقات</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>الملفات المرفقة</translation>
        </message>
        <message>
            <source>Press Enter to open a file, Delete to remove it from this entry.</source>
            <translation>اضغط Enter لفتح ملف، وDelete لإزالته من هذه التدوينة.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>إضافة ملفات…</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>إضافة ملفات</translation>
        </message>
        <message>
            <source>Add pictures, documents or any other files</source>
            <translation>أضف صورًا أو مستندات أو أي ملفات أخرى</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Open the selected file</source>
            <translation>فتح الملف المختار</translation>
        </message>
        <message>
            <source>Open with the app your computer uses for it</source>
            <translation>يُفتح بالتطبيق الذي يستخدمه حاسوبك لهذا النوع من الملفات</translation>
        </message>
        <message>
            <source>Remove from entry</source>
            <translation>إزالة من التدوينة</translation>
        </message>
        <message>
            <source>Remove the selected file from this entry</source>
            <translation>إزالة الملف المختار من هذه التدوينة</translation>
        </message>
        <message>
            <source>Take it out of this entry. Older revisions still keep it.</source>
            <translation>يُزال من هذه التدوينة فقط، وتبقى النسخ السابقة محتفظة به.</translation>
        </message>
        <message>
            <source>Choose an entry to see its files.</source>
            <translation>اختر تدوينة لترى ملفاتها.</translation>
        </message>
        <message>
            <source>No files in this entry.</source>
            <translation>لا توجد ملفات في هذه التدوينة.</translation>
        </message>
        <message>
            <source>No files yet. Drop pictures or documents here, or choose Add files…</source>
            <translation>لا توجد ملفات بعد. اسحب الصور أو المستندات إلى هنا، أو اختر «إضافة ملفات…»</translation>
        </message>
        <message>
            <source>That revision no longer exists.</source>
            <translation>تلك النسخة لم تعد موجودة.</translation>
        </message>
        <message>
            <source>Attachments in revision %1</source>
            <translation>مرفقات النسخة %1</translation>
        </message>
        <message>
            <source>The files as they were on %1. You can open them, not change them.</source>
            <translation>الملفات كما كانت في %1. يمكنك فتحها، لكن لا يمكنك تغييرها.</translation>
        </message>
        <message>
            <source>This revision had no files attached.</source>
            <translation>لم تكن في هذه النسخة ملفات مرفقة.</translation>
        </message>
        <message>
            <source>This is an older revision; add files to the entry itself.</source>
            <translation>هذه نسخة سابقة؛ أضف الملفات إلى التدوينة نفسها.</translation>
        </message>
        <message>
            <source>Choose an entry first, then add files to it.</source>
            <translation>اختر تدوينة أولًا، ثم أضف إليها الملفات.</translation>
        </message>
        <message>
            <source>This journal is open read-only.</source>
            <translation>هذا الدفتر مفتوح للقراءة فقط.</translation>
        </message>
        <message>
            <source>Only files can be added, not folders: %1</source>
            <translation>يمكن إضافة ملفات فقط، لا مجلدات: %1</translation>
        </message>
        <message>
            <source>There were no files to add.</source>
            <translation>لم تكن هناك ملفات لإضافتها.</translation>
        </message>
        <message>
            <source>%1 is missing from the journal folder, so it can't be opened. A backup may still have it.</source>
            <translation>الملف %1 مفقود من مجلد الدفتر، لذلك لا يمكن فتحه. ربما ما زال في نسخة احتياطية.</translation>
        </message>
        <message>
            <source>Removed %1 from this entry. Older revisions still keep it.</source>
            <translation>أُزيل %1 من هذه التدوينة، وتبقى النسخ السابقة محتفظة به.</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n file(s) from this entry. Older revisions still keep them.</source>
            <translation>
                <numerusform>لم يُزل أي ملف.</numerusform>
                <numerusform>أُزيل ملف واحد من هذه التدوينة، وتبقى النسخ السابقة محتفظة به.</numerusform>
                <numerusform>أُزيل ملفان من هذه التدوينة، وتبقى النسخ السابقة محتفظة بهما.</numerusform>
                <numerusform>أُزيلت %n ملفات من هذه التدوينة، وتبقى النسخ السابقة محتفظة بها.</numerusform>
                <numerusform>أُزيل %n ملفًا من هذه التدوينة، وتبقى النسخ السابقة محتفظة بها.</numerusform>
                <numerusform>أُزيل %n ملف من هذه التدوينة، وتبقى النسخ السابقة محتفظة بها.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add files to this entry</source>
            <translation>إضافة ملفات إلى هذه التدوينة</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n file(s) to your journal…</source>
            <translation>
                <numerusform>لا ملفات للإضافة…</numerusform>
                <numerusform>إضافة ملف واحد إلى دفترك…</numerusform>
                <numerusform>إضافة ملفين إلى دفترك…</numerusform>
                <numerusform>إضافة %n ملفات إلى دفترك…</numerusform>
                <numerusform>إضافة %n ملفًا إلى دفترك…</numerusform>
                <numerusform>إضافة %n ملف إلى دفترك…</numerusform>
            </translation>
        </message>
        <message>
            <source>Adding %1 to your journal…</source>
            <translation>إضافة %1 إلى دفترك…</translation>
        </message>
        <message>
            <source>Adding files</source>
            <translation>إضافة الملفات</translation>
        </message>
        <message>
            <source>Cancel adding files</source>
            <translation>إلغاء إضافة الملفات</translation>
        </message>
        <message>
            <source>Adding files was cancelled; nothing was added.</source>
            <translation>أُلغيت إضافة الملفات؛ لم يُضف شيء.</translation>
        </message>
        <message>
            <source>%1 was missing and is back now.</source>
            <translation>كان %1 مفقودًا، وقد عاد الآن.</translation>
        </message>
        <message>
            <source>%1 is already in this entry.</source>
            <translation>%1 موجود في هذه التدوينة من قبل.</translation>
        </message>
        <message>
            <source>The files could not be added.</source>
            <translation>تعذّرت إضافة الملفات.</translation>
        </message>
        <message>
            <source>Your computer has no app to open %1.</source>
            <translation>لا يوجد في حاسوبك تطبيق يفتح %1.</translation>
        </message>
        <message>
            <source>%1 could not be opened (%2).</source>
            <translation>تعذّر فتح %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>AttributeBalanceChart</name>
        <message>
            <source>My four attributes over time</source>
            <translation>سماتي الأربع عبر الزمن</translation>
        </message>
        <message>
            <source>Nothing written yet.</source>
            <translation>لم تكتب شيئًا بعد.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>month, counts</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>Your attributes will show here once you've written a little.</source>
            <translation>ستظهر سماتك هنا بعد أن تكتب قليلًا.</translation>
        </message>
    </context>
    <context>
        <name>Attributes</name>
        <message>
            <source>Voice</source>
            <translation>الصوت</translation>
        </message>
        <message>
            <source>I shared my own ideas or made my own choices.</source>
            <translation>شاركتُ أفكاري الخاصة أو اتخذتُ قراراتي بنفسي.</translation>
        </message>
        <message>
            <source>my ideas, opinions and questions</source>
            <translation>أفكاري وآرائي وأسئلتي</translation>
        </message>
        <message>
            <source>Co-creation</source>
            <translation>المشاركة في الصنع</translation>
        </message>
        <message>
            <source>I planned or made this together with others, my teacher too.</source>
            <translation>خطّطتُ لهذا أو صنعته مع آخرين، ومع معلّمي أيضًا.</translation>
        </message>
        <message>
            <source>planning and deciding together</source>
            <translation>التخطيط واتخاذ القرار معًا</translation>
        </message>
        <message>
            <source>Social construction</source>
            <translation>البناء الاجتماعي</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>اجتماعي</translation>
        </message>
        <message>
            <source>I learned with other people and from them.</source>
            <translation>تعلّمتُ مع أشخاص آخرين ومنهم.</translation>
        </message>
        <message>
            <source>learning with and from others</source>
            <translation>التعلّم مع الآخرين ومنهم</translation>
        </message>
        <message>
            <source>Self-discovery</source>
            <translation>اكتشاف الذات</translation>
        </message>
        <message>
            <source>I found out something about how I learn best.</source>
            <translation>اكتشفتُ شيئًا عن الطريقة التي أتعلّم بها أفضل.</translation>
        </message>
        <message>
            <source>how I learn and how I grow</source>
            <translation>كيف أتعلّم وكيف أنمو</translation>
        </message>
    </context>
    <context>
        <name>CheckpointDialog</name>
        <message>
            <source>Checkpoint</source>
            <translation>نقطة متابعة</translation>
        </message>
        <message>
            <source>%1 · due %2</source>
            <translation>%1 · موعدها %2</translation>
        </message>
        <message>
            <source>My goal</source>
            <translation>هدفي</translation>
        </message>
        <message>
            <source>How far have I got with each of these?</source>
            <translation>إلى أين وصلتُ في كل واحد من هذه؟</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>This goal has no success criteria yet, so there's nothing to rate. You can still write how it's going.</source>
            <translation>ليست لهذا الهدف معايير نجاح بعد، فلا يوجد ما تقيّمه. ما زال بإمكانك أن تكتب كيف تسير الأمور.</translation>
        </message>
        <message>
            <source>A&amp;nother question</source>
            <translation>سؤال آ&amp;خر</translation>
        </message>
        <message>
            <source>Show another question</source>
            <translation>عرض سؤال آخر</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>إجابتك</translation>
        </message>
        <message>
            <source>How is it going? What will I do next?</source>
            <translation>كيف تسير الأمور؟ ماذا سأفعل بعد ذلك؟</translation>
        </message>
        <message>
            <source>How did the learning go? (optional)</source>
            <translation>كيف سار التعلّم؟ (اختياري)</translation>
        </message>
        <message>
            <source>Show learning conditions</source>
            <translation>عرض ظروف التعلّم</translation>
        </message>
        <message>
            <source>&amp;Save check-in</source>
            <translation>&amp;حفظ المتابعة</translation>
        </message>
        <message>
            <source>Save check-in</source>
            <translation>حفظ المتابعة</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>How is it going so far?</source>
            <translation>كيف تسير الأمور حتى الآن؟</translation>
        </message>
        <message>
            <source>Your check-in isn't saved</source>
            <translation>لم تُحفظ متابعتك</translation>
        </message>
        <message>
            <source>You've rated or written something here but haven't saved it. If you close now, it is lost. Keep working on it?</source>
            <translation>قيّمتَ أو كتبتَ شيئًا هنا ولم تحفظه. إذا أغلقت الآن فسيضيع. هل تريد متابعة العمل عليه؟</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>إغلاق دون حفظ</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>متابعة العمل</translation>
        </message>
    </context>
    <context>
        <name>ChipGroup</name>
        <message>
            <source>%1: %2</source>
            <comment>group, choice</comment>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>ClassOverviewDialog</name>
        <message>
            <source>Class overview</source>
            <translation>نظرة على الصف</translation>
        </message>
        <message>
            <source>Portfolios in %1</source>
            <translation>ملفات الإنجاز في %1</translation>
        </message>
        <message>
            <source>Portfolios in this folder</source>
            <translation>ملفات الإنجاز في هذا المجلد</translation>
        </message>
        <message>
            <source>Reading the portfolios</source>
            <translation>قراءة ملفات الإنجاز</translation>
        </message>
        <message>
            <source>&amp;Stop reading</source>
            <translation>إي&amp;قاف القراءة</translation>
        </message>
        <message>
            <source>Stop reading the folder</source>
            <translation>إيقاف قراءة المجلد</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>ملفات تعذّرت قراءتها</translation>
        </message>
        <message>
            <source>&amp;Open for review</source>
            <translation>&amp;فتح للمراجعة</translation>
        </message>
        <message>
            <source>Open the chosen portfolio for review</source>
            <translation>فتح ملف الإنجاز المختار للمراجعة</translation>
        </message>
        <message>
            <source>Open the chosen portfolio for review (Enter)</source>
            <translation>فتح ملف الإنجاز المختار للمراجعة (Enter)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>إ&amp;غلاق</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Checking every portfolio in the folder…</source>
            <translation>جارٍ فحص كل ملفات الإنجاز في المجلد…</translation>
        </message>
        <message numerus="yes">
            <source>%n portfolio(s). Press Enter or double-click one to review it.</source>
            <translation>
                <numerusform>لا ملفات إنجاز.</numerusform>
                <numerusform>ملف إنجاز واحد. اضغط Enter أو انقر عليه مرتين لمراجعته.</numerusform>
                <numerusform>ملفا إنجاز. اضغط Enter أو انقر على أحدهما مرتين لمراجعته.</numerusform>
                <numerusform>%n ملفات إنجاز. اضغط Enter أو انقر على أحدها مرتين لمراجعته.</numerusform>
                <numerusform>%n ملف إنجاز. اضغط Enter أو انقر على أحدها مرتين لمراجعته.</numerusform>
                <numerusform>%n ملف إنجاز. اضغط Enter أو انقر على أحدها مرتين لمراجعته.</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no portfolios in this folder.</source>
            <translation>لا توجد ملفات إنجاز في هذا المجلد.</translation>
        </message>
    </context>
    <context>
        <name>ClassOverviewModel</name>
        <message>
            <source>Student</source>
            <translation>الطالب</translation>
        </message>
        <message>
            <source>Period covered</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>التدوينات</translation>
        </message>
        <message>
            <source>Revisions</source>
            <translation>النسخ</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>الأهداف</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>آخر نشاط</translation>
        </message>
        <message>
            <source>Feedback written</source>
            <translation>الملاحظات المكتوبة</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>ليس بعد</translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s)</source>
            <translation>
                <numerusform>لا تعليقات</numerusform>
                <numerusform>تعليق واحد</numerusform>
                <numerusform>تعليقان</numerusform>
                <numerusform>%n تعليقات</numerusform>
                <numerusform>%n تعليقًا</numerusform>
                <numerusform>%n تعليق</numerusform>
            </translation>
        </message>
        <message>
            <source>no entries</source>
            <translation>لا تدوينات</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(بلا اسم)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
    </context>
    <context>
        <name>ConditionsPicker</name>
        <message>
            <source>Learning conditions</source>
            <translation>ظروف التعلّم</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>أين</translation>
        </message>
        <message>
            <source>Somewhere else…</source>
            <translation>مكان آخر…</translation>
        </message>
        <message>
            <source>Somewhere else</source>
            <translation>مكان آخر</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>مع من</translation>
        </message>
        <message>
            <source>How</source>
            <translation>كيف</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>وقت اليوم</translation>
        </message>
        <message>
            <source>My energy</source>
            <translation>طاقتي</translation>
        </message>
        <message>
            <source>very tired</source>
            <translation>متعب جدًا</translation>
        </message>
        <message>
            <source>full of energy</source>
            <translation>مليء بالطاقة</translation>
        </message>
        <message>
            <source>How well it went</source>
            <translation>كيف سار الأمر</translation>
        </message>
        <message>
            <source>not well</source>
            <translation>ليس جيدًا</translation>
        </message>
        <message>
            <source>really well</source>
            <translation>جيد جدًا</translation>
        </message>
        <message>
            <source>Where?</source>
            <translation>أين؟</translation>
        </message>
        <message>
            <source>With whom?</source>
            <translation>مع من؟</translation>
        </message>
        <message>
            <source>How?</source>
            <translation>كيف؟</translation>
        </message>
        <message>
            <source>When?</source>
            <translation>متى؟</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>الطاقة</translation>
        </message>
        <message>
            <source>How did it go?</source>
            <translation>كيف سار الأمر؟</translation>
        </message>
    </context>
    <context>
        <name>ConditionsTable</name>
        <message>
            <source>Condition</source>
            <translation>الظرف</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>التأملات</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n reflection(s)</source>
            <translation>
                <numerusform>%1 من أصل %n تأمل</numerusform>
                <numerusform>%1 من أصل تأمل واحد</numerusform>
                <numerusform>%1 من أصل تأمّلين</numerusform>
                <numerusform>%1 من أصل %n تأملات</numerusform>
                <numerusform>%1 من أصل %n تأملًا</numerusform>
                <numerusform>%1 من أصل %n تأمل</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>OK</source>
            <translation>موافق</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Keep writing</source>
            <translation>متابعة الكتابة</translation>
        </message>
    </context>
    <context>
        <name>DiffDialog</name>
        <message>
            <source>Compare drafts</source>
            <translation>مقارنة المسودات</translation>
        </message>
        <message>
            <source>Compare drafts – %1</source>
            <translation>مقارنة المسودات – %1</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>Older draft</source>
            <translation>المسودة الأقدم</translation>
        </message>
        <message>
            <source>Newer draft</source>
            <translation>المسودة الأحدث</translation>
        </message>
        <message>
            <source>&amp;Before:</source>
            <translation>&amp;قبل:</translation>
        </message>
        <message>
            <source>&amp;After:</source>
            <translation>&amp;بعد:</translation>
        </message>
        <message>
            <source>⇄ S&amp;wap</source>
            <translation>⇄ &amp;تبديل</translation>
        </message>
        <message>
            <source>Swap the two drafts</source>
            <translation>تبديل المسودتين</translation>
        </message>
        <message>
            <source>Older draft, with what was taken out crossed out</source>
            <translation>المسودة الأقدم، وما حُذف منها مشطوب</translation>
        </message>
        <message>
            <source>Newer draft, with what was added underlined</source>
            <translation>المسودة الأحدث، وما أُضيف إليها مسطّر</translation>
        </message>
        <message>
            <source>Summary of the changes</source>
            <translation>ملخّص التغييرات</translation>
        </message>
        <message>
            <source>How changes are marked</source>
            <translation>كيف تُعلَّم التغييرات</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>draft, date</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Comparing the two drafts…</source>
            <translation>جارٍ مقارنة المسودتين…</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>جارٍ المقارنة…</translation>
        </message>
        <message>
            <source>That is the same draft on both sides: pick another one to compare.</source>
            <translation>هذه المسودة نفسها في الجهتين: اختر مسودة أخرى للمقارنة.</translation>
        </message>
        <message>
            <source>No changes: these two drafts have the same text.</source>
            <translation>لا تغييرات: للمسودتين النص نفسه.</translation>
        </message>
        <message>
            <source>Words: +%1 added, −%2 taken out</source>
            <translation>الكلمات: +%1 أُضيفت، −%2 حُذفت</translation>
        </message>
        <message>
            <source>Words: +%1 added</source>
            <translation>الكلمات: +%1 أُضيفت</translation>
        </message>
        <message>
            <source>Words: −%1 taken out</source>
            <translation>الكلمات: −%1 حُذفت</translation>
        </message>
        <message>
            <source>Only spaces and punctuation changed</source>
            <translation>تغيّرت المسافات وعلامات الترقيم فقط</translation>
        </message>
        <message>
            <source> (the title changed too)</source>
            <translation> (وتغيّر العنوان أيضًا)</translation>
        </message>
        <message>
            <source>%1 taken out   %2 added</source>
            <translation>%1 حُذف   %2 أُضيف</translation>
        </message>
        <message>
            <source>crossed out</source>
            <translation>مشطوب</translation>
        </message>
        <message>
            <source>underlined</source>
            <translation>مسطّر</translation>
        </message>
        <message>
            <source>This draft could not be read.</source>
            <translation>تعذّرت قراءة هذه المسودة.</translation>
        </message>
        <message>
            <source>This draft has no text.</source>
            <translation>لا نص في هذه المسودة.</translation>
        </message>
    </context>
    <context>
        <name>DueCheckpointsCard</name>
        <message>
            <source>Checkpoints due</source>
            <translation>نقاط متابعة حان موعدها</translation>
        </message>
        <message>
            <source>Time to check in</source>
            <translation>حان وقت المتابعة</translation>
        </message>
        <message numerus="yes">
            <source>and %n more on your goals page</source>
            <translation>
                <numerusform>ولا شيء غيرها</numerusform>
                <numerusform>وواحدة أخرى في صفحة أهدافك</numerusform>
                <numerusform>واثنتان أخريان في صفحة أهدافك</numerusform>
                <numerusform>و%n أخرى في صفحة أهدافك</numerusform>
                <numerusform>و%n أخرى في صفحة أهدافك</numerusform>
                <numerusform>و%n أخرى في صفحة أهدافك</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 was due on %2</source>
            <translation>كان موعد %1 في %2</translation>
        </message>
        <message>
            <source>A checkpoint</source>
            <translation>نقطة متابعة</translation>
        </message>
        <message>
            <source>%1, due %2</source>
            <translation>%1، موعدها %2</translation>
        </message>
        <message>
            <source>My goal</source>
            <translation>هدفي</translation>
        </message>
        <message>
            <source>Open goal %1</source>
            <translation>فتح الهدف %1</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Check in: %1</source>
            <translation>متابعة: %1</translation>
        </message>
    </context>
    <context>
        <name>EntryDetailsPanel</name>
        <message>
            <source>Entry details</source>
            <translation>تفاصيل التدوينة</translation>
        </message>
        <message>
            <source>When I learned this</source>
            <translation>متى تعلّمتُ هذا</translation>
        </message>
        <message>
            <source>Date I learned this</source>
            <translation>تاريخ تعلّمي لهذا</translation>
        </message>
        <message>
            <source>The day the learning happened</source>
            <translation>اليوم الذي حدث فيه التعلّم</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>e.g. science, volcano</source>
            <translation>مثلًا: علوم، بركان</translation>
        </message>
        <message>
            <source>Separate tags with commas</source>
            <translation>افصل بين الوسوم بفواصل</translation>
        </message>
        <message>
            <source>Separate tags with commas.</source>
            <translation>افصل بين الوسوم بفواصل.</translation>
        </message>
        <message>
            <source>What this entry shows</source>
            <translation>ما تُظهره هذه التدوينة</translation>
        </message>
        <message>
            <source>Who can see it</source>
            <translation>من يمكنه رؤيتها</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>خاصة</translation>
        </message>
        <message>
            <source>Private: only on this computer</source>
            <translation>خاصة: على هذا الحاسوب فقط</translation>
        </message>
        <message>
            <source>Shareable</source>
            <translation>قابلة للمشاركة</translation>
        </message>
        <message>
            <source>Shareable: can go in what I export</source>
            <translation>قابلة للمشاركة: يمكن أن تدخل فيما أصدّره</translation>
        </message>
        <message>
            <source>Evidence for my goals</source>
            <translation>دليل على أهدافي</translation>
        </message>
        <message>
            <source>Goals this entry is evidence for</source>
            <translation>الأهداف التي تُعدّ هذه التدوينة دليلًا عليها</translation>
        </message>
        <message>
            <source>Not linked to a goal yet. You can link it from a goal's page.</source>
            <translation>غير مرتبطة بهدف بعد. يمكنك ربطها من صفحة الهدف.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>مشكلة</translation>
        </message>
        <message>
            <source>Untitled goal</source>
            <translation>هدف بلا عنوان</translation>
        </message>
        <message>
            <source>Private entries stay on this computer. They only leave it if you choose to include them when you export.</source>
            <translation>التدوينات الخاصة تبقى على هذا الحاسوب، ولا تخرج منه إلا إذا اخترتَ أن تضمّها عند التصدير.</translation>
        </message>
        <message>
            <source>Shareable entries can go into the portfolios and exhibitions you make.</source>
            <translation>التدوينات القابلة للمشاركة يمكن أن تدخل في ملفات الإنجاز والمعارض التي تصنعها.</translation>
        </message>
    </context>
    <context>
        <name>EntryListModel</name>
        <message>
            <source>Untitled entry</source>
            <translation>تدوينة بلا عنوان</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2, %n revision(s)</source>
            <translation>
                <numerusform>%1، %2، لا نسخ</numerusform>
                <numerusform>%1، %2، نسخة واحدة</numerusform>
                <numerusform>%1، %2، نسختان</numerusform>
                <numerusform>%1، %2، %n نسخ</numerusform>
                <numerusform>%1، %2، %n نسخة</numerusform>
                <numerusform>%1، %2، %n نسخة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new comment(s)</source>
            <translation>
                <numerusform>لا تعليقات جديدة</numerusform>
                <numerusform>تعليق جديد واحد</numerusform>
                <numerusform>تعليقان جديدان</numerusform>
                <numerusform>%n تعليقات جديدة</numerusform>
                <numerusform>%n تعليقًا جديدًا</numerusform>
                <numerusform>%n تعليق جديد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n revision(s)</source>
            <translation>
                <numerusform>لا نسخ</numerusform>
                <numerusform>نسخة واحدة</numerusform>
                <numerusform>نسختان</numerusform>
                <numerusform>%n نسخ</numerusform>
                <numerusform>%n نسخة</numerusform>
                <numerusform>%n نسخة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>لا مسودات</numerusform>
                <numerusform>مسودة واحدة</numerusform>
                <numerusform>مسودتان</numerusform>
                <numerusform>%n مسودات</numerusform>
                <numerusform>%n مسودة</numerusform>
                <numerusform>%n مسودة</numerusform>
            </translation>
        </message>
        <message>
            <source>private</source>
            <translation>خاصة</translation>
        </message>
    </context>
    <context>
        <name>ExhibitionsPage</name>
        <message>
            <source>Student-led conference</source>
            <translation>لقاء يقوده الطالب</translation>
        </message>
        <message>
            <source>You lead a talk with your family about a few pieces of work, where you are now and what you want to try next.</source>
            <translation>تقود حديثًا مع عائلتك عن بعض أعمالك: أين أنت الآن وماذا تريد أن تجرّب بعد ذلك.</translation>
        </message>
        <message>
            <source>Where I started</source>
            <translation>من أين بدأت</translation>
        </message>
        <message>
            <source>Work I am proud of</source>
            <translation>أعمال أفخر بها</translation>
        </message>
        <message>
            <source>What I want to try next</source>
            <translation>ما أريد أن أجرّبه بعد ذلك</translation>
        </message>
        <message>
            <source>Presentation of learning</source>
            <translation>عرض التعلّم</translation>
        </message>
        <message>
            <source>A short talk to a panel: your claim, the work that backs it up, and how the work changed through your drafts.</source>
            <translation>حديث قصير أمام لجنة: فكرتك الرئيسية، والعمل الذي يدعمها، وكيف تغيّر العمل عبر مسوداتك.</translation>
        </message>
        <message>
            <source>My claim</source>
            <translation>فكرتي الرئيسية</translation>
        </message>
        <message>
            <source>The evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>How I grew</source>
            <translation>كيف نموت</translation>
        </message>
        <message>
            <source>Passage presentation</source>
            <translation>عرض الانتقال إلى مرحلة جديدة</translation>
        </message>
        <message>
            <source>At the end of a stage, you show you are ready for the next one, with work from across the stage.</source>
            <translation>في نهاية مرحلة، تُظهر أنك جاهز للمرحلة التالية، بأعمال من المرحلة كلها.</translation>
        </message>
        <message>
            <source>Looking back</source>
            <translation>نظرة إلى الوراء</translation>
        </message>
        <message>
            <source>Ready for what comes next</source>
            <translation>جاهز لما هو قادم</translation>
        </message>
        <message>
            <source>Gallery walk</source>
            <translation>جولة في المعرض</translation>
        </message>
        <message>
            <source>Visitors walk past your work on their own time; each piece has a placard that speaks for you.</source>
            <translation>يتجوّل الزوار بين أعمالك على مهلهم؛ ولكل عمل لافتة تتحدّث نيابةً عنك.</translation>
        </message>
        <message>
            <source>Defense with panel questions</source>
            <translation>دفاع مع أسئلة اللجنة</translation>
        </message>
        <message>
            <source>You defend a claim about your learning, then answer the panel's questions about your evidence.</source>
            <translation>تدافع عن فكرة عن تعلّمك، ثم تجيب عن أسئلة اللجنة عن أدلتك.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Questions from the panel</source>
            <translation>أسئلة اللجنة</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>البدء من الصفر</translation>
        </message>
        <message>
            <source>No plan yet: choose your own stations, sections and time.</source>
            <translation>لا خطة بعد: اختر محطاتك وأقسامك ووقتك بنفسك.</translation>
        </message>
        <message>
            <source>Panel (your full name, all chosen files)</source>
            <translation>لجنة (اسمك الكامل، وكل الملفات المختارة)</translation>
        </message>
        <message>
            <source>Families (your first name; photos of other people stay out)</source>
            <translation>العائلات (اسمك الأول؛ وصور الأشخاص الآخرين لا تُعرض)</translation>
        </message>
        <message>
            <source>Anyone (first name and last initial; photos of other people stay out)</source>
            <translation>أي أحد (الاسم الأول والحرف الأول من اسم العائلة؛ وصور الأشخاص الآخرين لا تُعرض)</translation>
        </message>
        <message>
            <source>Read what the panel said. What surprised you, what are you proud of, and what will you try next time?</source>
            <translation>اقرأ ما قالته اللجنة. ما الذي فاجأك، وبماذا تفخر، وماذا ستجرّب في المرة القادمة؟</translation>
        </message>
        <message>
            <source>Exhibitions</source>
            <translation>المعارض</translation>
        </message>
        <message>
            <source>&amp;Exhibitions</source>
            <translation>ال&amp;معارض</translation>
        </message>
        <message>
            <source>&amp;New exhibition</source>
            <translation>معرض &amp;جديد</translation>
        </message>
        <message>
            <source>New exhibition</source>
            <translation>معرض جديد</translation>
        </message>
        <message>
            <source>{label} ({minutes} min)</source>
            <translation>{label} ({minutes} دقيقة)</translation>
        </message>
        <message>
            <source>&amp;Duplicate for next year</source>
            <translation>&amp;نسخه للعام القادم</translation>
        </message>
        <message>
            <source>Duplicate for next year</source>
            <translation>نسخه للعام القادم</translation>
        </message>
        <message>
            <source>Delete exhibition</source>
            <translation>حذف المعرض</translation>
        </message>
        <message>
            <source>Exhibition builder</source>
            <translation>مُنشئ المعرض</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Claim or driving question</source>
            <translation>الفكرة الرئيسية أو السؤال الموجِّه</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>الجمهور</translation>
        </message>
        <message>
            <source>Time budget in minutes</source>
            <translation>الوقت المتاح بالدقائق</translation>
        </message>
        <message>
            <source> min</source>
            <translation> دقيقة</translation>
        </message>
        <message>
            <source>Web address where it is online</source>
            <translation>عنوان الويب حيث يُنشر</translation>
        </message>
        <message>
            <source>For a QR code on the placards (optional)</source>
            <translation>لرمز QR على اللافتات (اختياري)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <source>Claim or driving &amp;question:</source>
            <translation>الفكرة الرئيسية أو ال&amp;سؤال الموجِّه:</translation>
        </message>
        <message>
            <source>A&amp;udience:</source>
            <translation>الج&amp;مهور:</translation>
        </message>
        <message>
            <source>Time &amp;budget:</source>
            <translation>الوقت ال&amp;متاح:</translation>
        </message>
        <message>
            <source>O&amp;nline at:</source>
            <translation>م&amp;نشور على:</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>المحطات</translation>
        </message>
        <message>
            <source>Stations, in the order you present them</source>
            <translation>المحطات، بالترتيب الذي تعرضها به</translation>
        </message>
        <message>
            <source>&amp;Add entry…</source>
            <translation>إ&amp;ضافة تدوينة…</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>إضافة تدوينة</translation>
        </message>
        <message>
            <source>&amp;Remove station</source>
            <translation>إ&amp;زالة المحطة</translation>
        </message>
        <message>
            <source>Remove station</source>
            <translation>إزالة المحطة</translation>
        </message>
        <message>
            <source>Move up (Alt+Up)</source>
            <translation>تحريك لأعلى (Alt+Up)</translation>
        </message>
        <message>
            <source>Move station up</source>
            <translation>تحريك المحطة لأعلى</translation>
        </message>
        <message>
            <source>Move down (Alt+Down)</source>
            <translation>تحريك لأسفل (Alt+Down)</translation>
        </message>
        <message>
            <source>Move station down</source>
            <translation>تحريك المحطة لأسفل</translation>
        </message>
        <message>
            <source>This station</source>
            <translation>هذه المحطة</translation>
        </message>
        <message>
            <source>Pinned draft</source>
            <translation>المسودة المثبّتة</translation>
        </message>
        <message>
            <source>What I learned about the topic</source>
            <translation>ما تعلّمته عن الموضوع</translation>
        </message>
        <message>
            <source>What I learned about myself</source>
            <translation>ما تعلّمته عن نفسي</translation>
        </message>
        <message>
            <source>Talking notes</source>
            <translation>ملاحظات للحديث</translation>
        </message>
        <message>
            <source>Time for this station in seconds</source>
            <translation>وقت هذه المحطة بالثواني</translation>
        </message>
        <message>
            <source> s</source>
            <translation> ثانية</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>صورة</translation>
        </message>
        <message>
            <source>Describe the picture (alt text)</source>
            <translation>صف الصورة (نص بديل)</translation>
        </message>
        <message>
            <source>Decorative (nothing to describe)</source>
            <translation>للزينة (لا شيء لوصفه)</translation>
        </message>
        <message>
            <source>Decorative picture</source>
            <translation>صورة للزينة</translation>
        </message>
        <message>
            <source>Sho&amp;ws other people</source>
            <translation>&amp;يظهر فيها أشخاص آخرون</translation>
        </message>
        <message>
            <source>Picture shows other people</source>
            <translation>يظهر في الصورة أشخاص آخرون</translation>
        </message>
        <message>
            <source>Show it to families and the public anyway</source>
            <translation>اعرضها على العائلات والجمهور على أي حال</translation>
        </message>
        <message>
            <source>Show this picture of other people to families and the public</source>
            <translation>اعرض هذه الصورة التي يظهر فيها أشخاص آخرون على العائلات والجمهور</translation>
        </message>
        <message>
            <source>&amp;Pinned draft:</source>
            <translation>المسودة ال&amp;مثبّتة:</translation>
        </message>
        <message>
            <source>About the t&amp;opic:</source>
            <translation>عن ال&amp;موضوع:</translation>
        </message>
        <message>
            <source>About m&amp;yself:</source>
            <translation>عن &amp;نفسي:</translation>
        </message>
        <message>
            <source>Tal&amp;king notes:</source>
            <translation>ملا&amp;حظات للحديث:</translation>
        </message>
        <message>
            <source>Ti&amp;me:</source>
            <translation>ال&amp;وقت:</translation>
        </message>
        <message>
            <source>P&amp;icture:</source>
            <translation>ال&amp;صورة:</translation>
        </message>
        <message>
            <source>Alt te&amp;xt:</source>
            <translation>النص ال&amp;بديل:</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>&amp;معاينة</translation>
        </message>
        <message>
            <source>Preview of the station as the audience sees it</source>
            <translation>معاينة المحطة كما يراها الجمهور</translation>
        </message>
        <message>
            <source>Ready to present? (Enter on a line goes to its fix)</source>
            <translation>هل أنت جاهز للعرض؟ (Enter على سطر ينقلك إلى ما يحتاج إصلاحًا)</translation>
        </message>
        <message>
            <source>Ready to present? checklist</source>
            <translation>قائمة «هل أنت جاهز للعرض؟»</translation>
        </message>
        <message>
            <source>Last rehearsal against the plan</source>
            <translation>آخر تدريب مقارنةً بالخطة</translation>
        </message>
        <message>
            <source>Last rehearsal</source>
            <translation>آخر تدريب</translation>
        </message>
        <message>
            <source>What the panel said</source>
            <translation>ما قالته اللجنة</translation>
        </message>
        <message>
            <source>What the panel said about this station</source>
            <translation>ما قالته اللجنة عن هذه المحطة</translation>
        </message>
        <message>
            <source>After the exhibition</source>
            <translation>بعد المعرض</translation>
        </message>
        <message>
            <source>Your reflection after the exhibition</source>
            <translation>تأمّلك بعد المعرض</translation>
        </message>
        <message>
            <source>Keep my &amp;reflection</source>
            <translation>احفظ &amp;تأمّلي</translation>
        </message>
        <message>
            <source>Keep my reflection</source>
            <translation>احفظ تأمّلي</translation>
        </message>
        <message>
            <source>Re&amp;hearse</source>
            <translation>&amp;تدرّب</translation>
        </message>
        <message>
            <source>Rehearse</source>
            <translation>تدرّب</translation>
        </message>
        <message>
            <source>Pre&amp;sent</source>
            <translation>اع&amp;رض</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>اعرض</translation>
        </message>
        <message>
            <source>Export for which audience</source>
            <translation>التصدير لأي جمهور</translation>
        </message>
        <message>
            <source>Export pa&amp;ge…</source>
            <translation>تصدير &amp;صفحة…</translation>
        </message>
        <message>
            <source>Export page</source>
            <translation>تصدير صفحة</translation>
        </message>
        <message>
            <source>Export PD&amp;F…</source>
            <translation>تصدير P&amp;DF…</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>تصدير PDF</translation>
        </message>
        <message>
            <source>Export pla&amp;cards…</source>
            <translation>تصدير ال&amp;لافتات…</translation>
        </message>
        <message>
            <source>Export placards</source>
            <translation>تصدير اللافتات</translation>
        </message>
        <message>
            <source>Export exhibition as a page…</source>
            <translation>تصدير المعرض كصفحة…</translation>
        </message>
        <message>
            <source>Export exhibition as a PDF…</source>
            <translation>تصدير المعرض كملف PDF…</translation>
        </message>
        <message>
            <source>Export exhibition placards…</source>
            <translation>تصدير لافتات المعرض…</translation>
        </message>
        <message>
            <source>{title} · {count} stations</source>
            <translation>{title} · المحطات: {count}</translation>
        </message>
        <message>
            <source>Ready to present: nothing is missing.</source>
            <translation>جاهز للعرض: لا ينقص شيء.</translation>
        </message>
        <message>
            <source>{number}. {label} ({time})</source>
            <translation>{number}. {label} ({time})</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>تدوينة بلا عنوان</translation>
        </message>
        <message>
            <source> · draft {seq}</source>
            <translation> · المسودة {seq}</translation>
        </message>
        <message>
            <source>Draft {seq} ({when}): {note}</source>
            <translation>المسودة {seq} ({when}): {note}</translation>
        </message>
        <message>
            <source>no change note</source>
            <translation>لا ملاحظة عن التغيير</translation>
        </message>
        <message>
            <source>The panel</source>
            <translation>اللجنة</translation>
        </message>
        <message>
            <source>Wow ({who}): {text}</source>
            <translation>أعجبني ({who}): {text}</translation>
        </message>
        <message>
            <source>Wonder ({who}): {text}</source>
            <translation>أتساءل ({who}): {text}</translation>
        </message>
        <message>
            <source>Question asked: {text}</source>
            <translation>سؤال طُرح عليك: {text}</translation>
        </message>
        <message>
            <source>{criterion}: {level} of 4, {words}</source>
            <translation>{criterion}: {level} من 4، {words}</translation>
        </message>
        <message>
            <source>a goal</source>
            <translation>هدف</translation>
        </message>
        <message>
            <source>Kept. Add &amp;another reflection</source>
            <translation>حُفظ. أضف تأمّلًا &amp;آخر</translation>
        </message>
        <message>
            <source>Choose a station to see it as the audience will.</source>
            <translation>اختر محطة لتراها كما سيراها الجمهور.</translation>
        </message>
        <message>
            <source>This station stays out of exports; the checklist says why.</source>
            <translation>هذه المحطة لن تدخل في التصدير؛ القائمة توضّح السبب.</translation>
        </message>
        <message>
            <source>My exhibition</source>
            <translation>معرضي</translation>
        </message>
        <message>
            <source>Delete “{title}”? Its entries stay in your journal; Edit → Undo brings the exhibition back.</source>
            <translation>هل تحذف «{title}»؟ تبقى تدويناته في دفترك، ويعيد «تحرير ← تراجع» المعرض.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>What the audience will see</source>
            <translation>ما سيراه الجمهور</translation>
        </message>
        <message>
            <source>{number}. {label}: {spent} spent, {planned} planned</source>
            <translation>{number}. {label}: استُخدم {spent}، والمخطط {planned}</translation>
        </message>
        <message>
            <source> (over by {time})</source>
            <translation> (تجاوزتَ بمقدار {time})</translation>
        </message>
        <message>
            <source>Altogether: {spent} of {budget}</source>
            <translation>المجموع: {spent} من {budget}</translation>
        </message>
        <message>
            <source>Your name, as it will appear: {name}</source>
            <translation>اسمك كما سيظهر: {name}</translation>
        </message>
        <message>
            <source>Title: {title}</source>
            <translation>العنوان: {title}</translation>
        </message>
        <message>
            <source>Claim: {claim}</source>
            <translation>الفكرة الرئيسية: {claim}</translation>
        </message>
        <message>
            <source>Web address (on placards): {url}</source>
            <translation>عنوان الويب (على اللافتات): {url}</translation>
        </message>
        <message>
            <source>Station {n}: {title}</source>
            <translation>المحطة {n}: {title}</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>Draft {seq}, with its text</source>
            <translation>المسودة {seq}، بنصّها</translation>
        </message>
        <message>
            <source>What I changed and why: {note}</source>
            <translation>ما غيّرته ولماذا: {note}</translation>
        </message>
        <message>
            <source>Growth strip, draft {seq}: {note}</source>
            <translation>شريط النمو، المسودة {seq}: {note}</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(بلا ملاحظة)</translation>
        </message>
        <message>
            <source>About the topic: {text}</source>
            <translation>عن الموضوع: {text}</translation>
        </message>
        <message>
            <source>About myself: {text}</source>
            <translation>عن نفسي: {text}</translation>
        </message>
        <message>
            <source>Goal criterion: {text}</source>
            <translation>معيار الهدف: {text}</translation>
        </message>
        <message>
            <source>Picture {name} ({alt}), without its location and camera details</source>
            <translation>الصورة {name} ({alt})، دون موقعها وبيانات الكاميرا</translation>
        </message>
        <message>
            <source>decorative</source>
            <translation>زخرفية</translation>
        </message>
        <message>
            <source>Staying with you:</source>
            <translation>يبقى معك:</translation>
        </message>
        <message>
            <source>your talking notes, times and rehearsals</source>
            <translation>ملاحظاتك للحديث وأوقاتك وتدريباتك</translation>
        </message>
        <message>
            <source>every entry, draft and picture that is not listed above</source>
            <translation>كل تدوينة ومسودة وصورة غير مذكورة أعلاه</translation>
        </message>
        <message>
            <source>What will leave</source>
            <translation>ما سيخرج</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Exhibition page (*.exhibition.html)</source>
            <translation>صفحة معرض (*.exhibition.html)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the exhibition</source>
            <translation>حفظ المعرض</translation>
        </message>
        <message>
            <source>Writing the exhibition…</source>
            <translation>جارٍ كتابة المعرض…</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export my portfolio</source>
            <translation>تصدير ملف إنجازي</translation>
        </message>
        <message>
            <source>Before anything leaves this computer, here is exactly what your portfolio will hold. Private entries stay here unless you tick the box.</source>
            <translation>قبل أن يخرج أي شيء من هذا الحاسوب، إليك بالضبط ما سيحتويه ملف إنجازك. التدوينات الخاصة تبقى هنا ما لم تحدّد المربع.</translation>
        </message>
        <message>
            <source>Include my &amp;private entries in this export</source>
            <translation>ضمّ تدويناتي ال&amp;خاصة إلى هذا التصدير</translation>
        </message>
        <message>
            <source>Include my private entries in this export</source>
            <translation>ضمّ تدويناتي الخاصة إلى هذا التصدير</translation>
        </message>
        <message>
            <source>Which versions of each entry</source>
            <translation>أي نسخ من كل تدوينة</translation>
        </message>
        <message>
            <source>Every version of each entry</source>
            <translation>كل نسخ كل تدوينة</translation>
        </message>
        <message>
            <source>Only the first and the latest version</source>
            <translation>النسخة الأولى والأخيرة فقط</translation>
        </message>
        <message>
            <source>How your name appears</source>
            <translation>كيف يظهر اسمك</translation>
        </message>
        <message>
            <source>My full name</source>
            <translation>اسمي الكامل</translation>
        </message>
        <message>
            <source>My first name and the initial of my last name</source>
            <translation>اسمي الأول والحرف الأول من اسم عائلتي</translation>
        </message>
        <message>
            <source>Keep camera details and &amp;location in photos</source>
            <translation>الاحتفاظ بتفاصيل الكاميرا وال&amp;موقع في الصور</translation>
        </message>
        <message>
            <source>Keep camera details and location in photos</source>
            <translation>الاحتفاظ بتفاصيل الكاميرا والموقع في الصور</translation>
        </message>
        <message>
            <source>Photos usually carry the camera, the time and often where they were taken. Unless you tick this, they leave without it.</source>
            <translation>تحمل الصور عادةً نوع الكاميرا ووقت التقاطها، وكثيرًا ما تحمل مكان التقاطها أيضًا. ما لم تحدّد هذا المربع، تخرج الصور من دون هذه التفاصيل.</translation>
        </message>
        <message>
            <source>Kind of file</source>
            <translation>نوع الملف</translation>
        </message>
        <message>
            <source>Portfolio file (.portfolio.zip) for a teacher or a new computer</source>
            <translation>ملف إنجاز (.portfolio.zip) للمعلّم أو لحاسوب جديد</translation>
        </message>
        <message>
            <source>Web pages in a folder</source>
            <translation>صفحات ويب في مجلد</translation>
        </message>
        <message>
            <source>PDF to print or share</source>
            <translation>PDF للطباعة أو المشاركة</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>حجم الورق</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>&amp;Versions:</source>
            <translation>ال&amp;نسخ:</translation>
        </message>
        <message>
            <source>&amp;Kind of file:</source>
            <translation>&amp;نوع الملف:</translation>
        </message>
        <message>
            <source>Paper si&amp;ze:</source>
            <translation>&amp;حجم الورق:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>ا&amp;سمك:</translation>
        </message>
        <message>
            <source>What will leave this computer</source>
            <translation>ما سيخرج من هذا الحاسوب</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>The whole text of what is selected</source>
            <translation>النص الكامل لما اخترته</translation>
        </message>
        <message>
            <source>Select something in the list to read everything of it that will leave.</source>
            <translation>اختر شيئًا من القائمة لتقرأ كل ما سيخرج منه.</translation>
        </message>
        <message>
            <source>Export status</source>
            <translation>حالة التصدير</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;تصدير…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Choose where to save, then write the portfolio</source>
            <translation>اختر مكان الحفظ، ثم يُكتب ملف الإنجاز</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>إ&amp;غلاق</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Reading your journal…</source>
            <translation>جارٍ قراءة دفترك…</translation>
        </message>
        <message>
            <source>Your journal couldn't be read</source>
            <translation>تعذّرت قراءة دفترك</translation>
        </message>
        <message>
            <source>%1, will leave</source>
            <translation>%1، سيخرج</translation>
        </message>
        <message>
            <source>%1, stays on this computer</source>
            <translation>%1، يبقى على هذا الحاسوب</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>تدوينة بلا عنوان</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>الاسم الكامل</translation>
        </message>
        <message>
            <source>first name and last initial</source>
            <translation>الاسم الأول والحرف الأول من اسم العائلة</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <source>(no name: the portfolio will say “A student”)</source>
            <translation>(بلا اسم: سيُكتب في ملف الإنجاز «طالب»)</translation>
        </message>
        <message>
            <source>My learning profile</source>
            <translation>ملفّي التعلّمي</translation>
        </message>
        <message numerus="yes">
            <source>statement and %n earlier version(s)</source>
            <translation>
                <numerusform>النص بلا نسخ سابقة</numerusform>
                <numerusform>النص ونسخة سابقة واحدة</numerusform>
                <numerusform>النص ونسختان سابقتان</numerusform>
                <numerusform>النص و%n نسخ سابقة</numerusform>
                <numerusform>النص و%n نسخة سابقة</numerusform>
                <numerusform>النص و%n نسخة سابقة</numerusform>
            </translation>
        </message>
        <message>
            <source>no statement written yet</source>
            <translation>لم تكتب شيئًا بعد</translation>
        </message>
        <message>
            <source>how I learn best</source>
            <translation>كيف أتعلّم أفضل</translation>
        </message>
        <message>
            <source>earlier version, %1</source>
            <translation>نسخة سابقة، %1</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>التدوينات</translation>
        </message>
        <message>
            <source>%1 of %2 will leave</source>
            <translation>سيخرج %1 من %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n version(s)</source>
            <translation>
                <numerusform>%1 من أصل %n نسخة</numerusform>
                <numerusform>%1 من أصل نسخة واحدة</numerusform>
                <numerusform>%1 من أصل نسختين</numerusform>
                <numerusform>%1 من أصل %n نسخ</numerusform>
                <numerusform>%1 من أصل %n نسخة</numerusform>
                <numerusform>%1 من أصل %n نسخة</numerusform>
            </translation>
        </message>
        <message>
            <source>private, included this time</source>
            <translation>خاصة، مضمومة هذه المرة</translation>
        </message>
        <message>
            <source>Draft %1</source>
            <translation>المسودة %1</translation>
        </message>
        <message>
            <source>private, stays on this computer</source>
            <translation>خاصة، تبقى على هذا الحاسوب</translation>
        </message>
        <message>
            <source>every version</source>
            <translation>كل النسخ</translation>
        </message>
        <message>
            <source>first and latest only</source>
            <translation>الأولى والأخيرة فقط</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>النسخ</translation>
        </message>
        <message>
            <source>%1 of %2 (%3)</source>
            <translation>%1 من %2 (%3)</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>الأهداف</translation>
        </message>
        <message>
            <source>Untitled goal</source>
            <translation>هدف بلا عنوان</translation>
        </message>
        <message>
            <source>success criterion</source>
            <translation>معيار نجاح</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>التأملات</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>تأمّل</translation>
        </message>
        <message>
            <source>about something private, stays on this computer</source>
            <translation>عن شيء خاص، يبقى على هذا الحاسوب</translation>
        </message>
        <message>
            <source>Feedback you were given</source>
            <translation>الملاحظات التي وصلتك</translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s)</source>
            <translation>
                <numerusform>لا تعليقات</numerusform>
                <numerusform>تعليق واحد</numerusform>
                <numerusform>تعليقان</numerusform>
                <numerusform>%n تعليقات</numerusform>
                <numerusform>%n تعليقًا</numerusform>
                <numerusform>%n تعليق</numerusform>
            </translation>
        </message>
        <message>
            <source>a reviewer</source>
            <translation>مراجِع</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>الملفات المرفقة</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>لا ملفات</numerusform>
                <numerusform>ملف واحد</numerusform>
                <numerusform>ملفان</numerusform>
                <numerusform>%n ملفات</numerusform>
                <numerusform>%n ملفًا</numerusform>
                <numerusform>%n ملف</numerusform>
            </translation>
        </message>
        <message>
            <source>camera details and location kept</source>
            <translation>مع تفاصيل الكاميرا والموقع</translation>
        </message>
        <message>
            <source>camera details and location removed</source>
            <translation>بلا تفاصيل الكاميرا والموقع</translation>
        </message>
        <message>
            <source>In: %1</source>
            <translation>في: %1</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>Files left out</source>
            <translation>ملفات لن تدخل</translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) are missing from your journal folder</source>
            <translation>
                <numerusform>لا ملفات مرفقة مفقودة</numerusform>
                <numerusform>ملف مرفق واحد مفقود من مجلد دفترك</numerusform>
                <numerusform>ملفان مرفقان مفقودان من مجلد دفترك</numerusform>
                <numerusform>%n ملفات مرفقة مفقودة من مجلد دفترك</numerusform>
                <numerusform>%n ملفًا مرفقًا مفقودًا من مجلد دفترك</numerusform>
                <numerusform>%n ملف مرفق مفقود من مجلد دفترك</numerusform>
            </translation>
        </message>
        <message>
            <source>missing</source>
            <translation>مفقود</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>لا تدوينات</numerusform>
                <numerusform>تدوينة واحدة</numerusform>
                <numerusform>تدوينتان</numerusform>
                <numerusform>%n تدوينات</numerusform>
                <numerusform>%n تدوينة</numerusform>
                <numerusform>%n تدوينة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n version(s)</source>
            <translation>
                <numerusform>لا نسخ</numerusform>
                <numerusform>نسخة واحدة</numerusform>
                <numerusform>نسختان</numerusform>
                <numerusform>%n نسخ</numerusform>
                <numerusform>%n نسخة</numerusform>
                <numerusform>%n نسخة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>لا أهداف</numerusform>
                <numerusform>هدف واحد</numerusform>
                <numerusform>هدفان</numerusform>
                <numerusform>%n أهداف</numerusform>
                <numerusform>%n هدفًا</numerusform>
                <numerusform>%n هدف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reflection(s)</source>
            <translation>
                <numerusform>لا تأملات</numerusform>
                <numerusform>تأمل واحد</numerusform>
                <numerusform>تأمّلان</numerusform>
                <numerusform>%n تأملات</numerusform>
                <numerusform>%n تأملًا</numerusform>
                <numerusform>%n تأمل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s)</source>
            <translation>
                <numerusform>لا ملفات مرفقة</numerusform>
                <numerusform>ملف مرفق واحد</numerusform>
                <numerusform>ملفان مرفقان</numerusform>
                <numerusform>%n ملفات مرفقة</numerusform>
                <numerusform>%n ملفًا مرفقًا</numerusform>
                <numerusform>%n ملف مرفق</numerusform>
            </translation>
        </message>
        <message>
            <source>Leaving: %1 with %2, %3, %4 and %5 (%6).</source>
            <translation>سيخرج: %1 مع %2 و%3 و%4 و%5 (%6).</translation>
        </message>
        <message numerus="yes">
            <source>Also your name, your learning profile and %n comment(s).</source>
            <translation>
                <numerusform>وأيضًا اسمك وملفّك التعلّمي، بلا تعليقات.</numerusform>
                <numerusform>وأيضًا اسمك وملفّك التعلّمي وتعليق واحد.</numerusform>
                <numerusform>وأيضًا اسمك وملفّك التعلّمي وتعليقان.</numerusform>
                <numerusform>وأيضًا اسمك وملفّك التعلّمي و%n تعليقات.</numerusform>
                <numerusform>وأيضًا اسمك وملفّك التعلّمي و%n تعليقًا.</numerusform>
                <numerusform>وأيضًا اسمك وملفّك التعلّمي و%n تعليق.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the kind of file, then press Export.</source>
            <translation>اختر نوع الملف، ثم اضغط «تصدير».</translation>
        </message>
        <message numerus="yes">
            <source>%n private entry(s)</source>
            <translation>
                <numerusform>لا تدوينات خاصة</numerusform>
                <numerusform>تدوينة خاصة واحدة</numerusform>
                <numerusform>تدوينتان خاصتان</numerusform>
                <numerusform>%n تدوينات خاصة</numerusform>
                <numerusform>%n تدوينة خاصة</numerusform>
                <numerusform>%n تدوينة خاصة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n private goal(s)</source>
            <translation>
                <numerusform>لا أهداف خاصة</numerusform>
                <numerusform>هدف خاص واحد</numerusform>
                <numerusform>هدفان خاصان</numerusform>
                <numerusform>%n أهداف خاصة</numerusform>
                <numerusform>%n هدفًا خاصًا</numerusform>
                <numerusform>%n هدف خاص</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reflection(s) about private things</source>
            <translation>
                <numerusform>لا تأملات عن أشياء خاصة</numerusform>
                <numerusform>تأمّل واحد عن شيء خاص</numerusform>
                <numerusform>تأمّلان عن أشياء خاصة</numerusform>
                <numerusform>%n تأملات عن أشياء خاصة</numerusform>
                <numerusform>%n تأملًا عن أشياء خاصة</numerusform>
                <numerusform>%n تأمّل عن أشياء خاصة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s) on private things</source>
            <translation>
                <numerusform>لا تعليقات على أشياء خاصة</numerusform>
                <numerusform>تعليق واحد على شيء خاص</numerusform>
                <numerusform>تعليقان على أشياء خاصة</numerusform>
                <numerusform>%n تعليقات على أشياء خاصة</numerusform>
                <numerusform>%n تعليقًا على أشياء خاصة</numerusform>
                <numerusform>%n تعليق على أشياء خاصة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) in the trash</source>
            <translation>
                <numerusform>لا تدوينات في سلة المهملات</numerusform>
                <numerusform>تدوينة واحدة في سلة المهملات</numerusform>
                <numerusform>تدوينتان في سلة المهملات</numerusform>
                <numerusform>%n تدوينات في سلة المهملات</numerusform>
                <numerusform>%n تدوينة في سلة المهملات</numerusform>
                <numerusform>%n تدوينة في سلة المهملات</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older version(s) not chosen</source>
            <translation>
                <numerusform>لا نسخ أقدم لم تخترها</numerusform>
                <numerusform>نسخة أقدم واحدة لم تخترها</numerusform>
                <numerusform>نسختان أقدم لم تخترهما</numerusform>
                <numerusform>%n نسخ أقدم لم تخترها</numerusform>
                <numerusform>%n نسخة أقدم لم تخترها</numerusform>
                <numerusform>%n نسخة أقدم لم تخترها</numerusform>
            </translation>
        </message>
        <message>
            <source>your full name</source>
            <translation>اسمك الكامل</translation>
        </message>
        <message>
            <source>Staying on this computer: nothing else; everything in your journal is in this export.</source>
            <translation>يبقى على هذا الحاسوب: لا شيء آخر؛ كل ما في دفترك موجود في هذا التصدير.</translation>
        </message>
        <message>
            <source>Staying on this computer: %1.</source>
            <translation>يبقى على هذا الحاسوب: %1.</translation>
        </message>
        <message>
            <source>where: %1</source>
            <translation>أين: %1</translation>
        </message>
        <message>
            <source>with: %1</source>
            <translation>مع من: %1</translation>
        </message>
        <message>
            <source>how: %1</source>
            <translation>كيف: %1</translation>
        </message>
        <message>
            <source>when: %1</source>
            <translation>متى: %1</translation>
        </message>
        <message>
            <source>energy %1 of 5</source>
            <translation>الطاقة %1 من 5</translation>
        </message>
        <message>
            <source>went well %1 of 5</source>
            <translation>كيف سار الأمر %1 من 5</translation>
        </message>
        <message>
            <source>Why it matters to me</source>
            <translation>لماذا يهمّني</translation>
        </message>
        <message>
            <source>The task</source>
            <translation>المهمة</translation>
        </message>
        <message>
            <source>Key criteria of the task</source>
            <translation>أهم معايير المهمة</translation>
        </message>
        <message>
            <source>Made together with</source>
            <translation>أنجزته بالتعاون مع</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>label: text</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Portfolio files (*%1)</source>
            <translation>ملفات الإنجاز (*%1)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save your portfolio</source>
            <translation>حفظ ملف إنجازك</translation>
        </message>
        <message>
            <source>Writing your portfolio to %1…</source>
            <translation>جارٍ كتابة ملف إنجازك في %1…</translation>
        </message>
        <message>
            <source>Writing your portfolio…</source>
            <translation>جارٍ كتابة ملف إنجازك…</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>جارٍ التصدير</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>جارٍ الإيقاف…</translation>
        </message>
        <message>
            <source>Saved your portfolio to %1 (%2).</source>
            <translation>حُفظ ملف إنجازك في %1 (%2).</translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) were missing and left out; 'journal check' says why.</source>
            <translation>
                <numerusform>لم يكن هناك ملف مفقود.</numerusform>
                <numerusform>كان ملف مرفق واحد مفقودًا فلم يدخل؛ الأمر 'journal check' يوضّح السبب.</numerusform>
                <numerusform>كان ملفان مرفقان مفقودين فلم يدخلا؛ الأمر 'journal check' يوضّح السبب.</numerusform>
                <numerusform>كانت %n ملفات مرفقة مفقودة فلم تدخل؛ الأمر 'journal check' يوضّح السبب.</numerusform>
                <numerusform>كان %n ملفًا مرفقًا مفقودًا فلم تدخل؛ الأمر 'journal check' يوضّح السبب.</numerusform>
                <numerusform>كان %n ملف مرفق مفقودًا فلم تدخل؛ الأمر 'journal check' يوضّح السبب.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
        </message>
        <message>
            <source>Something went wrong while writing the portfolio (%1); no file was written.</source>
            <translation>حدث خطأ أثناء كتابة ملف الإنجاز (%1)؛ لم يُكتب أي ملف.</translation>
        </message>
        <message>
            <source>Your portfolio wasn't exported</source>
            <translation>لم يُصدَّر ملف إنجازك</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>an untitled entry</source>
            <translation>تدوينة بلا عنوان</translation>
        </message>
        <message>
            <source>something no longer in this journal</source>
            <translation>شيء لم يعد في هذا الدفتر</translation>
        </message>
        <message>
            <source>the entry %1</source>
            <translation>التدوينة %1</translation>
        </message>
        <message>
            <source>version %1 of %2 (%3)</source>
            <translation>النسخة %1 من %2 (%3)</translation>
        </message>
        <message>
            <source>the goal %1</source>
            <translation>الهدف %1</translation>
        </message>
        <message>
            <source>without a title</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>the success criterion %1</source>
            <translation>معيار النجاح %1</translation>
        </message>
        <message>
            <source>the checkpoint %1 (%2)</source>
            <translation>نقطة المتابعة %1 (%2)</translation>
        </message>
        <message>
            <source>This entry: %1</source>
            <translation>هذه التدوينة: %1</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>Version %1, %2</source>
            <translation>النسخة %1، %2</translation>
        </message>
        <message>
            <source>%1 (latest)</source>
            <translation>%1 (الأحدث)</translation>
        </message>
        <message>
            <source>This goal: %1</source>
            <translation>هذا الهدف: %1</translation>
        </message>
        <message>
            <source>Success criterion: %1</source>
            <translation>معيار النجاح: %1</translation>
        </message>
        <message>
            <source>Checkpoint: %1 (%2)</source>
            <translation>نقطة المتابعة: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search my journal…</source>
            <translation>ابحث في دفتري…</translation>
        </message>
        <message>
            <source>Search entries</source>
            <translation>البحث في التدوينات</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>عوامل التصفية</translation>
        </message>
        <message>
            <source>Show filters</source>
            <translation>عرض عوامل التصفية</translation>
        </message>
        <message>
            <source>Show or hide the filters</source>
            <translation>إظهار عوامل التصفية أو إخفاؤها</translation>
        </message>
        <message>
            <source>Filter by attribute</source>
            <translation>التصفية حسب السمة</translation>
        </message>
        <message>
            <source>Any attribute</source>
            <translation>أي سمة</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>التصفية حسب الوسم</translation>
        </message>
        <message>
            <source>Filter by goal</source>
            <translation>التصفية حسب الهدف</translation>
        </message>
        <message>
            <source>Between</source>
            <translation>بين</translation>
        </message>
        <message>
            <source>Filter by date</source>
            <translation>التصفية حسب التاريخ</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>من تاريخ</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>إلى تاريخ</translation>
        </message>
        <message>
            <source>Sort entries</source>
            <translation>ترتيب التدوينات</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>الأحدث أولًا</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>الأقدم أولًا</translation>
        </message>
        <message>
            <source>Recently changed</source>
            <translation>ما تغيّر مؤخرًا</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>حسب العنوان</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>الأكثر تطابقًا</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>أي وسم</translation>
        </message>
        <message>
            <source>Any goal</source>
            <translation>أي هدف</translation>
        </message>
        <message>
            <source>Untitled goal</source>
            <translation>هدف بلا عنوان</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>%1, %2</source>
            <comment>date, time</comment>
            <translation>%1، %2</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n بايت</numerusform>
                <numerusform>بايت واحد</numerusform>
                <numerusform>بايتان</numerusform>
                <numerusform>%n بايتات</numerusform>
                <numerusform>%n بايتًا</numerusform>
                <numerusform>%n بايت</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalListModel</name>
        <message>
            <source>A goal without a challenge yet</source>
            <translation>هدف لم يُكتب تحدّيه بعد</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n step(s) done</source>
            <translation>
                <numerusform>%1 من أصل %n خطوة أُنجزت</numerusform>
                <numerusform>%1 من أصل خطوة واحدة أُنجز</numerusform>
                <numerusform>%1 من أصل خطوتين أُنجز</numerusform>
                <numerusform>%1 من أصل %n خطوات أُنجز</numerusform>
                <numerusform>%1 من أصل %n خطوة أُنجز</numerusform>
                <numerusform>%1 من أصل %n خطوة أُنجز</numerusform>
            </translation>
        </message>
        <message>
            <source>next checkpoint %1</source>
            <translation>نقطة المتابعة القادمة %1</translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of evidence</source>
            <translation>
                <numerusform>لا أدلة</numerusform>
                <numerusform>دليل واحد</numerusform>
                <numerusform>دليلان</numerusform>
                <numerusform>%n أدلة</numerusform>
                <numerusform>%n دليلًا</numerusform>
                <numerusform>%n دليل</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalPage</name>
        <message>
            <source>Goal</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <source>← All goals</source>
            <translation>→ كل الأهداف</translation>
        </message>
        <message>
            <source>Back to all goals</source>
            <translation>العودة إلى كل الأهداف</translation>
        </message>
        <message>
            <source>Goal status</source>
            <translation>حالة الهدف</translation>
        </message>
        <message>
            <source>&amp;Edit steps…</source>
            <translation>&amp;تعديل الخطوات…</translation>
        </message>
        <message>
            <source>Edit the goal's steps</source>
            <translation>تعديل خطوات الهدف</translation>
        </message>
        <message>
            <source>&amp;Fill in</source>
            <translation>إ&amp;كمال</translation>
        </message>
        <message>
            <source>Fill in the empty steps</source>
            <translation>إكمال الخطوات الفارغة</translation>
        </message>
        <message>
            <source>Success criteria</source>
            <translation>معايير النجاح</translation>
        </message>
        <message>
            <source>Remove criterion</source>
            <translation>إزالة المعيار</translation>
        </message>
        <message>
            <source>Remove the success criterion</source>
            <translation>إزالة معيار النجاح</translation>
        </message>
        <message>
            <source>&amp;Delete goal…</source>
            <translation>&amp;حذف الهدف…</translation>
        </message>
        <message>
            <source>Delete this goal</source>
            <translation>حذف هذا الهدف</translation>
        </message>
        <message>
            <source>My plan</source>
            <translation>خطتي</translation>
        </message>
        <message>
            <source>New step of my plan</source>
            <translation>خطوة جديدة في خطتي</translation>
        </message>
        <message>
            <source>Add a step to my plan…</source>
            <translation>أضف خطوة إلى خطتي…</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>إضافة خطوة</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>إزالة خطوة</translation>
        </message>
        <message>
            <source>Checkpoints</source>
            <translation>نقاط المتابعة</translation>
        </message>
        <message>
            <source>&amp;Check in…</source>
            <translation>&amp;متابعة…</translation>
        </message>
        <message>
            <source>Check in at this checkpoint</source>
            <translation>المتابعة عند نقطة المتابعة هذه</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>&amp;Link an entry…</source>
            <translation>&amp;ربط تدوينة…</translation>
        </message>
        <message>
            <source>Link an entry as evidence</source>
            <translation>ربط تدوينة كدليل</translation>
        </message>
        <message>
            <source>&amp;Open entry</source>
            <translation>&amp;فتح التدوينة</translation>
        </message>
        <message>
            <source>Open the evidence entry</source>
            <translation>فتح تدوينة الدليل</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>فكّ ال&amp;ربط</translation>
        </message>
        <message>
            <source>Unlink the evidence</source>
            <translation>فكّ ربط الدليل</translation>
        </message>
        <message>
            <source>Reflections about this goal</source>
            <translation>تأملات عن هذا الهدف</translation>
        </message>
        <message>
            <source>Look &amp;back on this goal…</source>
            <translation>ن&amp;ظرة إلى الوراء على هذا الهدف…</translation>
        </message>
        <message>
            <source>Look back on this goal</source>
            <translation>نظرة إلى الوراء على هذا الهدف</translation>
        </message>
        <message>
            <source>Why it matters to me</source>
            <translation>لماذا يهمّني</translation>
        </message>
        <message>
            <source>How I'll know I've got there</source>
            <translation>كيف سأعرف أنني وصلت</translation>
        </message>
        <message>
            <source>What I'll make or do</source>
            <translation>ما سأصنعه أو أفعله</translation>
        </message>
        <message>
            <source>Evidence, in time order</source>
            <translation>الأدلة، بترتيب الزمن</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>التأملات</translation>
        </message>
        <message>
            <source>Planned with</source>
            <translation>خُطّط له مع</translation>
        </message>
        <message>
            <source>A goal without a challenge yet</source>
            <translation>هدف لم يُكتب تحدّيه بعد</translation>
        </message>
        <message>
            <source>Started %1</source>
            <translation>بدأ في %1</translation>
        </message>
        <message>
            <source>aiming for %1</source>
            <translation>والموعد المستهدف %1</translation>
        </message>
        <message>
            <source>Still to fill in when you're ready: %1.</source>
            <translation>ما زال ينتظر أن تملأه حين تكون جاهزًا: %1.</translation>
        </message>
        <message>
            <source>Not written yet.</source>
            <translation>لم يُكتب بعد.</translation>
        </message>
        <message>
            <source>Not decided yet.</source>
            <translation>لم يُقرَّر بعد.</translation>
        </message>
        <message>
            <source>What makes it good: %1</source>
            <translation>ما يجعله جيدًا: %1</translation>
        </message>
        <message>
            <source>Who will see it: %1</source>
            <translation>من سيراه: %1</translation>
        </message>
        <message>
            <source>%1 (suggested by %2)</source>
            <translation>%1 (اقترحه %2)</translation>
        </message>
        <message>
            <source>Last check-in: %1</source>
            <translation>آخر متابعة: %1</translation>
        </message>
        <message>
            <source>No success criteria yet.</source>
            <translation>لا معايير نجاح بعد.</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>نقطة متابعة</translation>
        </message>
        <message>
            <source>No checkpoints yet.</source>
            <translation>لا نقاط متابعة بعد.</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>تدوينة بلا عنوان</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>النسخة %1</translation>
        </message>
        <message>
            <source>Shows: %1</source>
            <translation>تُظهر: %1</translation>
        </message>
        <message>
            <source>(in the trash)</source>
            <translation>(في سلة المهملات)</translation>
        </message>
        <message>
            <source>No evidence linked yet.</source>
            <translation>لم تُربط أدلة بعد.</translation>
        </message>
        <message>
            <source>No reflections yet.</source>
            <translation>لا تأملات بعد.</translation>
        </message>
        <message>
            <source>the challenge</source>
            <translation>التحدّي</translation>
        </message>
        <message>
            <source>why it matters</source>
            <translation>لماذا يهمّ</translation>
        </message>
        <message>
            <source>the task</source>
            <translation>المهمة</translation>
        </message>
        <message>
            <source>who I planned it with</source>
            <translation>مع من خطّطت له</translation>
        </message>
        <message>
            <source>success criteria</source>
            <translation>معايير النجاح</translation>
        </message>
        <message>
            <source>the plan</source>
            <translation>الخطة</translation>
        </message>
        <message>
            <source>checkpoints</source>
            <translation>نقاط المتابعة</translation>
        </message>
        <message>
            <source>&amp;Check in again…</source>
            <translation>&amp;متابعة مرة أخرى…</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>حذف الهدف</translation>
        </message>
        <message>
            <source>Delete this goal with its plan, checkpoints and ratings? The entries linked as evidence and your reflections stay in your journal.</source>
            <translation>هل تحذف هذا الهدف مع خطته ونقاط متابعته وتقييماته؟ التدوينات المرتبطة به كأدلة وتأملاتك تبقى في دفترك.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Unlink evidence</source>
            <translation>فكّ ربط الدليل</translation>
        </message>
        <message>
            <source>Unlink this entry from the goal? The entry itself stays in your journal.</source>
            <translation>هل تفكّ ربط هذه التدوينة بالهدف؟ تبقى التدوينة نفسها في دفترك.</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>فكّ الربط</translation>
        </message>
    </context>
    <context>
        <name>GoalWizard</name>
        <message>
            <source>Plan a goal</source>
            <translation>التخطيط لهدف</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>تعديل الهدف</translation>
        </message>
        <message>
            <source>&amp;Save goal</source>
            <translation>&amp;حفظ الهدف</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>ال&amp;تالي</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>ال&amp;سابق</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>إ&amp;غلاق</translation>
        </message>
        <message>
            <source>You can skip this step and come back to it later.</source>
            <translation>يمكنك تخطّي هذه الخطوة والعودة إليها لاحقًا.</translation>
        </message>
        <message>
            <source>My challenge, question or idea</source>
            <translation>تحدّيّ أو سؤالي أو فكرتي</translation>
        </message>
        <message>
            <source>e.g. Can I build a bridge that holds 1 kg?</source>
            <translation>مثلًا: هل أستطيع بناء جسر يحمل 1 كغ؟</translation>
        </message>
        <message>
            <source>What do I want to find out, make or get better at?</source>
            <translation>ماذا أريد أن أكتشف أو أصنع أو أتحسّن فيه؟</translation>
        </message>
        <message>
            <source>A question works well: it gives me something to find out.</source>
            <translation>السؤال خيار جيد: يعطيني شيئًا أكتشفه.</translation>
        </message>
        <message>
            <source>Why it matters to me</source>
            <translation>لماذا يهمّني</translation>
        </message>
        <message>
            <source>Because…</source>
            <translation>لأن…</translation>
        </message>
        <message>
            <source>Why do I care about this? What will it change for me?</source>
            <translation>لماذا يهمّني هذا؟ ماذا سيغيّر بالنسبة لي؟</translation>
        </message>
        <message>
            <source>How I'll know I've got there</source>
            <translation>كيف سأعرف أنني وصلت</translation>
        </message>
        <message>
            <source>New success criterion</source>
            <translation>معيار نجاح جديد</translation>
        </message>
        <message>
            <source>e.g. I can explain my results clearly</source>
            <translation>مثلًا: أستطيع أن أشرح نتائجي بوضوح</translation>
        </message>
        <message>
            <source>Who suggested it</source>
            <translation>من اقترحه</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>إ&amp;ضافة</translation>
        </message>
        <message>
            <source>Add success criterion</source>
            <translation>إضافة معيار نجاح</translation>
        </message>
        <message>
            <source>Success criteria</source>
            <translation>معايير النجاح</translation>
        </message>
        <message>
            <source>%1 (suggested by %2)</source>
            <translation>%1 (اقترحه %2)</translation>
        </message>
        <message>
            <source>suggested by</source>
            <translation>اقترحه</translation>
        </message>
        <message>
            <source>What will be measured? Each one can come from me, my teacher or a classmate.</source>
            <translation>ما الذي سيُقاس؟ يمكن أن يأتي كل معيار مني أو من معلّمي أو من زميل.</translation>
        </message>
        <message>
            <source>What I'll make or do to show it</source>
            <translation>ما سأصنعه أو أفعله لأُظهر ذلك</translation>
        </message>
        <message>
            <source>The task</source>
            <translation>المهمة</translation>
        </message>
        <message>
            <source>e.g. a two-minute video, a model, a talk</source>
            <translation>مثلًا: فيديو مدته دقيقتان، أو مجسّم، أو حديث</translation>
        </message>
        <message>
            <source>What makes it good</source>
            <translation>ما يجعله جيدًا</translation>
        </message>
        <message>
            <source>What will make it really good?</source>
            <translation>ما الذي سيجعله جيدًا حقًا؟</translation>
        </message>
        <message>
            <source>Audience: %1</source>
            <translation>الجمهور: %1</translation>
        </message>
        <message>
            <source>The &amp;task:</source>
            <translation>ال&amp;مهمة:</translation>
        </message>
        <message>
            <source>What makes it &amp;good:</source>
            <translation>ما يجعله &amp;جيدًا:</translation>
        </message>
        <message>
            <source>Who will see it:</source>
            <translation>من سيراه:</translation>
        </message>
        <message>
            <source>My plan</source>
            <translation>خطتي</translation>
        </message>
        <message>
            <source>New step of my plan</source>
            <translation>خطوة جديدة في خطتي</translation>
        </message>
        <message>
            <source>e.g. Read two articles about bridges</source>
            <translation>مثلًا: قراءة مقالين عن الجسور</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>إضافة خطوة</translation>
        </message>
        <message>
            <source>Steps of my plan</source>
            <translation>خطوات خطتي</translation>
        </message>
        <message>
            <source>What will I do, step by step? I'll tick them off as I go.</source>
            <translation>ماذا سأفعل، خطوة بخطوة؟ سأضع علامة على كل خطوة حين أنجزها.</translation>
        </message>
        <message>
            <source>Checkpoints</source>
            <translation>نقاط المتابعة</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>تاريخ البدء</translation>
        </message>
        <message>
            <source>I'm aiming to finish by</source>
            <translation>أطمح إلى الانتهاء بحلول</translation>
        </message>
        <message>
            <source>Set a target date</source>
            <translation>تحديد موعد مستهدف</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>الموعد المستهدف</translation>
        </message>
        <message>
            <source>Checkpoint name</source>
            <translation>اسم نقطة المتابعة</translation>
        </message>
        <message>
            <source>e.g. First draft done</source>
            <translation>مثلًا: انتهت المسودة الأولى</translation>
        </message>
        <message>
            <source>Checkpoint date</source>
            <translation>تاريخ نقطة المتابعة</translation>
        </message>
        <message>
            <source>Add checkpoint</source>
            <translation>إضافة نقطة متابعة</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>نقطة متابعة</translation>
        </message>
        <message>
            <source>&amp;Starting</source>
            <translation>أ&amp;بدأ في</translation>
        </message>
        <message>
            <source>When will I stop and check how it's going? I'll rate my progress then.</source>
            <translation>متى سأتوقف لأرى كيف تسير الأمور؟ سأقيّم تقدّمي حينها.</translation>
        </message>
        <message>
            <source>Who I planned it with</source>
            <translation>مع من خطّطت له</translation>
        </message>
        <message>
            <source>e.g. Ms Okafor and my group</source>
            <translation>مثلًا: الأستاذة أوكافور ومجموعتي</translation>
        </message>
        <message>
            <source>Who helped me shape this goal?</source>
            <translation>من ساعدني على تشكيل هذا الهدف؟</translation>
        </message>
        <message>
            <source>Press Save goal when you're ready. Empty steps can be filled in later.</source>
            <translation>اضغط «حفظ الهدف» حين تكون جاهزًا. يمكن ملء الخطوات الفارغة لاحقًا.</translation>
        </message>
        <message>
            <source>Your goal isn't saved</source>
            <translation>لم يُحفظ هدفك</translation>
        </message>
        <message>
            <source>You've written part of this goal but haven't saved it. If you close now, what you wrote here is lost. Keep working on it?</source>
            <translation>كتبتَ جزءًا من هذا الهدف ولم تحفظه. إذا أغلقت الآن فسيضيع ما كتبته هنا. هل تريد متابعة العمل عليه؟</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>إغلاق دون حفظ</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>متابعة العمل</translation>
        </message>
    </context>
    <context>
        <name>GoalsListWidget</name>
        <message>
            <source>My goals</source>
            <translation>أهدافي</translation>
        </message>
        <message>
            <source>&amp;New goal…</source>
            <translation>هدف &amp;جديد…</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>هدف جديد</translation>
        </message>
        <message>
            <source>Goal status</source>
            <translation>حالة الهدف</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>الأهداف</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>status, number of goals</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No goals here yet. A goal starts with a challenge, a question or an idea; press New goal to plan one, step by step.</source>
            <translation>لا أهداف هنا بعد. يبدأ الهدف بتحدٍّ أو سؤال أو فكرة؛ اضغط «هدف جديد» لتخطّط له خطوة بخطوة.</translation>
        </message>
        <message>
            <source>No goals here.</source>
            <translation>لا أهداف هنا.</translation>
        </message>
    </context>
    <context>
        <name>GoalsPage</name>
        <message>
            <source>Goals</source>
            <translation>الأهداف</translation>
        </message>
    </context>
    <context>
        <name>GrowthView</name>
        <message>
            <source>How this entry grew</source>
            <translation>كيف نمت هذه التدوينة</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>المسودات</translation>
        </message>
        <message>
            <source>Tick two drafts to compare them side by side.</source>
            <translation>حدّد مسودتين لتقارن بينهما جنبًا إلى جنب.</translation>
        </message>
        <message>
            <source>&amp;Compare the two drafts</source>
            <translation>&amp;قارن بين المسودتين</translation>
        </message>
        <message>
            <source>Compare the two ticked drafts</source>
            <translation>المقارنة بين المسودتين المحدّدتين</translation>
        </message>
        <message>
            <source>Choose an entry to see how it grew.</source>
            <translation>اختر تدوينة لترى كيف نمت.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>No drafts saved yet.</source>
            <translation>لم تُحفظ مسودات بعد.</translation>
        </message>
        <message>
            <source>Drafts: {count} · words: {first} → {last}</source>
            <translation>المسودات: {count} · الكلمات: {first} ← {last}</translation>
        </message>
        <message numerus="yes">
            <source>over %n day(s) (%1 – %2)</source>
            <translation>
                <numerusform>خلال أقل من يوم (%1 – %2)</numerusform>
                <numerusform>خلال يوم واحد (%1 – %2)</numerusform>
                <numerusform>خلال يومين (%1 – %2)</numerusform>
                <numerusform>خلال %n أيام (%1 – %2)</numerusform>
                <numerusform>خلال %n يومًا (%1 – %2)</numerusform>
                <numerusform>خلال %n يوم (%1 – %2)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is missing from the journal folder.</source>
            <translation>{name} مفقود من مجلد الدفتر.</translation>
        </message>
        <message>
            <source>Ready to compare.</source>
            <translation>جاهز للمقارنة.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;دليل الاستخدام</translation>
        </message>
        <message>
            <source>Open the Learning Journal user guide</source>
            <translation>افتح دليل استخدام Learning Journal</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>See every keyboard shortcut of this window</source>
            <translation>اعرض كل اختصارات لوحة المفاتيح في هذه النافذة</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Files Learning Journal can import (*.feedback.json *.portfolio.zip *.zip *.json *.txt);;All files (*)</source>
            <translation>ملفات يستطيع دفتر التعلّم استيرادها (*.feedback.json *.portfolio.zip *.zip *.json *.txt);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>استيراد ملف</translation>
        </message>
        <message>
            <source>Importing %1</source>
            <translation>استيراد %1</translation>
        </message>
        <message>
            <source>What kind of file it is</source>
            <translation>نوع الملف</translation>
        </message>
        <message>
            <source>Find out from the file</source>
            <translation>اعرف ذلك من الملف نفسه</translation>
        </message>
        <message>
            <source>Feedback from a teacher (.feedback.json)</source>
            <translation>ملاحظات من المعلّم (.feedback.json)</translation>
        </message>
        <message>
            <source>A portfolio file (.portfolio.zip)</source>
            <translation>ملف إنجاز (.portfolio.zip)</translation>
        </message>
        <message>
            <source>A jrnl journal (text or JSON)</source>
            <translation>دفتر jrnl (نص أو JSON)</translation>
        </message>
        <message>
            <source>A Day One export (.zip)</source>
            <translation>ملف مصدَّر من Day One (.zip)</translation>
        </message>
        <message>
            <source>A teacher's prompt pack</source>
            <translation>حزمة أسئلة من المعلّم</translation>
        </message>
        <message>
            <source>&amp;Kind of file:</source>
            <translation>&amp;نوع الملف:</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>تقدّم الاستيراد</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>ما حدث</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>ا&amp;ستيراد</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>إي&amp;قاف</translation>
        </message>
        <message>
            <source>Stop importing</source>
            <translation>إيقاف الاستيراد</translation>
        </message>
        <message>
            <source>Stop before anything is added</source>
            <translation>التوقف قبل إضافة أي شيء</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>إ&amp;غلاق</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>This journal is open read-only, so nothing can be imported into it.</source>
            <translation>هذا الدفتر مفتوح للقراءة فقط، لذلك لا يمكن استيراد أي شيء إليه.</translation>
        </message>
        <message>
            <source>Checking the file before anything changes…</source>
            <translation>جارٍ فحص الملف قبل تغيير أي شيء…</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>جارٍ استيراد %1…</translation>
        </message>
        <message>
            <source>Stopping; nothing will be added…</source>
            <translation>جارٍ الإيقاف؛ لن يُضاف شيء…</translation>
        </message>
        <message>
            <source>Learning Journal can't tell what kind of file %1 is; choose its kind above and press Import again.</source>
            <translation>لا يستطيع دفتر التعلّم معرفة نوع الملف %1؛ اختر نوعه في الأعلى واضغط «استيراد» مرة أخرى.</translation>
        </message>
        <message>
            <source>Try &amp;again</source>
            <translation>حاول &amp;مجددًا</translation>
        </message>
        <message>
            <source>Something went wrong while importing %1 (%2); nothing was changed.</source>
            <translation>حدث خطأ أثناء استيراد %1 (%2)؛ لم يتغيّر شيء.</translation>
        </message>
    </context>
    <context>
        <name>ImportWords</name>
        <message>
            <source>your teacher</source>
            <translation>معلّمك</translation>
        </message>
        <message numerus="yes">
            <source>The %n comment(s) from %1 were already in your journal.</source>
            <translation>
                <numerusform>لم تكن هناك تعليقات من %1.</numerusform>
                <numerusform>التعليق الواحد من %1 كان موجودًا في دفترك من قبل.</numerusform>
                <numerusform>التعليقان من %1 كانا موجودين في دفترك من قبل.</numerusform>
                <numerusform>التعليقات الـ%n من %1 كانت موجودة في دفترك من قبل.</numerusform>
                <numerusform>التعليقات الـ%n من %1 كانت موجودة في دفترك من قبل.</numerusform>
                <numerusform>التعليقات الـ%n من %1 كانت موجودة في دفترك من قبل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n new comment(s) from %1; look for the New mark.</source>
            <translation>
                <numerusform>لم يُضف أي تعليق جديد من %1.</numerusform>
                <numerusform>أُضيف تعليق جديد واحد من %1؛ ابحث عن علامة «جديد».</numerusform>
                <numerusform>أُضيف تعليقان جديدان من %1؛ ابحث عن علامة «جديد».</numerusform>
                <numerusform>أُضيفت %n تعليقات جديدة من %1؛ ابحث عن علامة «جديد».</numerusform>
                <numerusform>أُضيف %n تعليقًا جديدًا من %1؛ ابحث عن علامة «جديد».</numerusform>
                <numerusform>أُضيف %n تعليق جديد من %1؛ ابحث عن علامة «جديد».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported the prompt pack “%1” by %2 (%n prompt(s)).</source>
            <translation>
                <numerusform>استُوردت حزمة الأسئلة «%1» من %2 (لا أسئلة).</numerusform>
                <numerusform>استُوردت حزمة الأسئلة «%1» من %2 (سؤال واحد).</numerusform>
                <numerusform>استُوردت حزمة الأسئلة «%1» من %2 (سؤالان).</numerusform>
                <numerusform>استُوردت حزمة الأسئلة «%1» من %2 (%n أسئلة).</numerusform>
                <numerusform>استُوردت حزمة الأسئلة «%1» من %2 (%n سؤالًا).</numerusform>
                <numerusform>استُوردت حزمة الأسئلة «%1» من %2 (%n سؤال).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported the prompt pack “%1” (%n prompt(s)).</source>
            <translation>
                <numerusform>استُوردت حزمة الأسئلة «%1» (لا أسئلة).</numerusform>
                <numerusform>استُوردت حزمة الأسئلة «%1» (سؤال واحد).</numerusform>
                <numerusform>استُوردت حزمة الأسئلة «%1» (سؤالان).</numerusform>
                <numerusform>استُوردت حزمة الأسئلة «%1» (%n أسئلة).</numerusform>
                <numerusform>استُوردت حزمة الأسئلة «%1» (%n سؤالًا).</numerusform>
                <numerusform>استُوردت حزمة الأسئلة «%1» (%n سؤال).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n entry(s) from %1 were already in your journal.</source>
            <translation>
                <numerusform>لم تكن هناك تدوينات من %1.</numerusform>
                <numerusform>التدوينة الواحدة من %1 كانت موجودة في دفترك من قبل.</numerusform>
                <numerusform>التدوينتان من %1 كانتا موجودتين في دفترك من قبل.</numerusform>
                <numerusform>التدوينات الـ%n من %1 كانت موجودة في دفترك من قبل.</numerusform>
                <numerusform>التدوينات الـ%n من %1 كانت موجودة في دفترك من قبل.</numerusform>
                <numerusform>التدوينات الـ%n من %1 كانت موجودة في دفترك من قبل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n entry(s) from %1, private until you share them.</source>
            <translation>
                <numerusform>لم تُستورد أي تدوينة من %1.</numerusform>
                <numerusform>استُوردت تدوينة واحدة من %1، وهي خاصة حتى تقرّر مشاركتها.</numerusform>
                <numerusform>استُوردت تدوينتان من %1، وهما خاصتان حتى تقرّر مشاركتهما.</numerusform>
                <numerusform>استُوردت %n تدوينات من %1، وهي خاصة حتى تقرّر مشاركتها.</numerusform>
                <numerusform>استُوردت %n تدوينة من %1، وهي خاصة حتى تقرّر مشاركتها.</numerusform>
                <numerusform>استُوردت %n تدوينة من %1، وهي خاصة حتى تقرّر مشاركتها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) were already here.</source>
            <translation>
                <numerusform>لم تكن أي تدوينة هنا من قبل.</numerusform>
                <numerusform>تدوينة واحدة كانت هنا من قبل.</numerusform>
                <numerusform>تدوينتان كانتا هنا من قبل.</numerusform>
                <numerusform>%n تدوينات كانت هنا من قبل.</numerusform>
                <numerusform>%n تدوينة كانت هنا من قبل.</numerusform>
                <numerusform>%n تدوينة كانت هنا من قبل.</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything in the portfolio was already in this journal; nothing was added.</source>
            <translation>كل ما في ملف الإنجاز كان موجودًا في هذا الدفتر من قبل؛ لم يُضف شيء.</translation>
        </message>
        <message numerus="yes">
            <source>%n new entry(s)</source>
            <translation>
                <numerusform>لا تدوينات جديدة</numerusform>
                <numerusform>تدوينة جديدة واحدة</numerusform>
                <numerusform>تدوينتان جديدتان</numerusform>
                <numerusform>%n تدوينات جديدة</numerusform>
                <numerusform>%n تدوينة جديدة</numerusform>
                <numerusform>%n تدوينة جديدة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n revision(s)</source>
            <translation>
                <numerusform>لا نسخ</numerusform>
                <numerusform>نسخة واحدة</numerusform>
                <numerusform>نسختان</numerusform>
                <numerusform>%n نسخ</numerusform>
                <numerusform>%n نسخة</numerusform>
                <numerusform>%n نسخة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>لا أهداف</numerusform>
                <numerusform>هدف واحد</numerusform>
                <numerusform>هدفان</numerusform>
                <numerusform>%n أهداف</numerusform>
                <numerusform>%n هدفًا</numerusform>
                <numerusform>%n هدف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reflection(s)</source>
            <translation>
                <numerusform>لا تأملات</numerusform>
                <numerusform>تأمل واحد</numerusform>
                <numerusform>تأمّلان</numerusform>
                <numerusform>%n تأملات</numerusform>
                <numerusform>%n تأملًا</numerusform>
                <numerusform>%n تأمل</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported the portfolio: %1, %2, %3 and %4.</source>
            <translation>استُورد ملف الإنجاز: %1، و%2، و%3، و%4.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) already here got what was new.</source>
            <translation>
                <numerusform>لم تتلقَّ أي تدوينة موجودة جديدًا.</numerusform>
                <numerusform>تدوينة واحدة موجودة تلقّت ما هو جديد.</numerusform>
                <numerusform>تدوينتان موجودتان تلقّتا ما هو جديد.</numerusform>
                <numerusform>%n تدوينات موجودة تلقّت ما هو جديد.</numerusform>
                <numerusform>%n تدوينة موجودة تلقّت ما هو جديد.</numerusform>
                <numerusform>%n تدوينة موجودة تلقّت ما هو جديد.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ItemList</name>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove from %1</source>
            <translation>إزالة من %1</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>تحريك لأعلى</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>تحريك لأسفل</translation>
        </message>
    </context>
    <context>
        <name>JournalWindow</name>
        <message>
            <source>Entries</source>
            <translation>التدوينات</translation>
        </message>
        <message>
            <source>What did I change, and why? (optional)</source>
            <translation>ماذا غيّرت، ولماذا؟ (اختياري)</translation>
        </message>
        <message>
            <source>Note for this revision</source>
            <translation>ملاحظة عن هذه النسخة</translation>
        </message>
        <message>
            <source>Save revision</source>
            <translation>حفظ النسخة</translation>
        </message>
        <message>
            <source>Keep this version in the history (Ctrl+S)</source>
            <translation>الاحتفاظ بهذه النسخة في السجل (Ctrl+S)</translation>
        </message>
        <message>
            <source>Nothing here yet. Press Ctrl+N to write your first entry.</source>
            <translation>لا شيء هنا بعد. اضغط Ctrl+N لتكتب تدوينتك الأولى.</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>الدفتر</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>الأهداف</translation>
        </message>
        <message>
            <source>How I learn best</source>
            <translation>كيف أتعلّم أفضل</translation>
        </message>
        <message>
            <source>Exhibitions</source>
            <translation>المعارض</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>ال&amp;يوم</translation>
        </message>
        <message>
            <source>&amp;Journal</source>
            <translation>ال&amp;دفتر</translation>
        </message>
        <message>
            <source>T&amp;imeline</source>
            <translation>الخط ال&amp;زمني</translation>
        </message>
        <message>
            <source>&amp;Goals</source>
            <translation>الأ&amp;هداف</translation>
        </message>
        <message>
            <source>How I &amp;learn best</source>
            <translation>&amp;كيف أتعلّم أفضل</translation>
        </message>
        <message>
            <source>E&amp;xhibitions</source>
            <translation>الم&amp;عارض</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>المرفقات</translation>
        </message>
        <message>
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>تدوينة &amp;جديدة</translation>
        </message>
        <message>
            <source>Start a new entry</source>
            <translation>بدء تدوينة جديدة</translation>
        </message>
        <message>
            <source>New from &amp;template…</source>
            <translation>جديدة من &amp;قالب…</translation>
        </message>
        <message>
            <source>Start a new entry from a template</source>
            <translation>بدء تدوينة جديدة من قالب</translation>
        </message>
        <message>
            <source>Save as te&amp;mplate…</source>
            <translation>حفظ ك&amp;قالب…</translation>
        </message>
        <message>
            <source>Keep this entry's shape as a template of your own</source>
            <translation>الاحتفاظ بشكل هذه التدوينة كقالب خاص بك</translation>
        </message>
        <message>
            <source>&amp;Save revision</source>
            <translation>&amp;حفظ النسخة</translation>
        </message>
        <message>
            <source>Keep this version in the history</source>
            <translation>الاحتفاظ بهذه النسخة في السجل</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>إ&amp;ضافة ملفات…</translation>
        </message>
        <message>
            <source>Attach pictures, documents or any file to this entry</source>
            <translation>إرفاق صور أو مستندات أو أي ملف بهذه التدوينة</translation>
        </message>
        <message>
            <source>Move to &amp;trash</source>
            <translation>&amp;نقل إلى سلة المهملات</translation>
        </message>
        <message>
            <source>Move this entry to the trash (you can restore it)</source>
            <translation>نقل هذه التدوينة إلى سلة المهملات (يمكنك استعادتها)</translation>
        </message>
        <message>
            <source>Open tras&amp;h…</source>
            <translation>&amp;فتح سلة المهملات…</translation>
        </message>
        <message>
            <source>&amp;Open a sample journal…</source>
            <translation>فتح دفتر نمو&amp;ذجي…</translation>
        </message>
        <message>
            <source>Explore a made-up student's journal in a separate window</source>
            <translation>استكشف دفتر طالب متخيَّل في نافذة منفصلة</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>نسخة احتياطية ال&amp;آن</translation>
        </message>
        <message>
            <source>S&amp;witch journal…</source>
            <translation>ت&amp;بديل الدفتر…</translation>
        </message>
        <message>
            <source>Close this journal (your writing is saved) and choose whose opens</source>
            <translation>إغلاق هذا الدفتر (ما كتبته محفوظ) واختيار الدفتر الذي يُفتح</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>ا&amp;قفل الآن</translation>
        </message>
        <message>
            <source>Close your journal until its passphrase is typed again</source>
            <translation>أغلق دفترك حتى تُكتب عبارة المرور مرة أخرى</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;بحث…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>التف&amp;ضيلات…</translation>
        </message>
        <message>
            <source>&amp;Compare first and latest</source>
            <translation>&amp;قارن الأولى بالأخيرة</translation>
        </message>
        <message>
            <source>Show &amp;history</source>
            <translation>عرض ال&amp;سجل</translation>
        </message>
        <message>
            <source>Go to the entries &amp;list</source>
            <translation>الانتقال إلى قائمة ال&amp;تدوينات</translation>
        </message>
        <message>
            <source>Go to the &amp;editor</source>
            <translation>الانتقال إلى المح&amp;رّر</translation>
        </message>
        <message>
            <source>&amp;About Learning Journal</source>
            <translation>&amp;عن دفتر التعلّم</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>ا&amp;نتقال</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>الصفحات</translation>
        </message>
        <message>
            <source>&amp;Reflect</source>
            <translation>ت&amp;أمّل</translation>
        </message>
        <message>
            <source>New &amp;goal…</source>
            <translation>هدف &amp;جديد…</translation>
        </message>
        <message>
            <source>Plan a new goal step by step</source>
            <translation>خطّط لهدف جديد خطوة بخطوة</translation>
        </message>
        <message>
            <source>&amp;Prompt library…</source>
            <translation>م&amp;كتبة الأسئلة…</translation>
        </message>
        <message>
            <source>See all reflection prompts, write your own, or add a teacher's pack</source>
            <translation>اطّلع على كل أسئلة التأمل، أو اكتب أسئلتك، أو أضف حزمة من معلّمك</translation>
        </message>
        <message>
            <source>New e&amp;xhibition…</source>
            <translation>معرض ج&amp;ديد…</translation>
        </message>
        <message>
            <source>Plan an exhibition of your learning from a template</source>
            <translation>خطّط لمعرض عن تعلّمك انطلاقًا من قالب</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>الرئيسي</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <source>E&amp;xport portfolio…</source>
            <translation>&amp;تصدير ملف الإنجاز…</translation>
        </message>
        <message>
            <source>See what will leave, then save a portfolio for your teacher</source>
            <translation>اطّلع على ما سيخرج، ثم احفظ ملف إنجاز لمعلّمك</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>ا&amp;ستيراد…</translation>
        </message>
        <message>
            <source>Add feedback, a portfolio, a jrnl or Day One journal, or a prompt pack</source>
            <translation>أضف ملاحظات، أو ملف إنجاز، أو دفتر jrnl أو Day One، أو حزمة أسئلة</translation>
        </message>
        <message>
            <source>Open portfolio for &amp;review…</source>
            <translation>فتح ملف إنجاز لل&amp;مراجعة…</translation>
        </message>
        <message>
            <source>Read a student's portfolio without changing your own journal</source>
            <translation>اقرأ ملف إنجاز طالب دون أن يتغيّر دفترك</translation>
        </message>
        <message>
            <source>C&amp;lass overview…</source>
            <translation>نظرة على ال&amp;صف…</translation>
        </message>
        <message>
            <source>See every portfolio in a folder at a glance</source>
            <translation>اطّلع على كل ملفات الإنجاز في مجلد بنظرة واحدة</translation>
        </message>
        <message>
            <source>Show &amp;feedback</source>
            <translation>عرض الم&amp;لاحظات</translation>
        </message>
        <message>
            <source>Show the comments your teacher sent on this entry or goal</source>
            <translation>عرض التعليقات التي أرسلها معلّمك عن هذه التدوينة أو هذا الهدف</translation>
        </message>
        <message>
            <source>Save as template</source>
            <translation>حفظ كقالب</translation>
        </message>
        <message>
            <source>Name for your template:</source>
            <translation>اسم قالبك:</translation>
        </message>
        <message>
            <source>The template was not saved</source>
            <translation>لم يُحفظ القالب</translation>
        </message>
        <message>
            <source>Saved as a template of yours.</source>
            <translation>حُفظ كقالب خاص بك.</translation>
        </message>
        <message>
            <source>Saved revision %1.</source>
            <translation>حُفظت النسخة %1.</translation>
        </message>
        <message>
            <source>No changes since the last revision, so nothing new was added.</source>
            <translation>لا تغييرات منذ آخر نسخة، لذلك لم يُضف شيء جديد.</translation>
        </message>
        <message>
            <source>Moved to the trash. Undo (Ctrl+Z) or open the trash to bring it back.</source>
            <translation>نُقلت إلى سلة المهملات. استخدم «تراجع» (Ctrl+Z) أو افتح سلة المهملات لاستعادتها.</translation>
        </message>
        <message>
            <source>Restored. It is now revision %1; every other version is still in the history.</source>
            <translation>استُعيدت. أصبحت الآن النسخة %1، وكل النسخ الأخرى ما زالت في السجل.</translation>
        </message>
        <message>
            <source>This entry has only one version so far; save a revision to compare.</source>
            <translation>لهذه التدوينة نسخة واحدة حتى الآن؛ احفظ نسخة أخرى لتقارن.</translation>
        </message>
        <message>
            <source>Add files to this entry</source>
            <translation>إضافة ملفات إلى هذه التدوينة</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>لا تدوينات</numerusform>
                <numerusform>تدوينة واحدة</numerusform>
                <numerusform>تدوينتان</numerusform>
                <numerusform>%n تدوينات</numerusform>
                <numerusform>%n تدوينة</numerusform>
                <numerusform>%n تدوينة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) match</source>
            <translation>
                <numerusform>لا تدوينات مطابقة</numerusform>
                <numerusform>تدوينة واحدة مطابقة</numerusform>
                <numerusform>تدوينتان مطابقتان</numerusform>
                <numerusform>%n تدوينات مطابقة</numerusform>
                <numerusform>%n تدوينة مطابقة</numerusform>
                <numerusform>%n تدوينة مطابقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>لا كلمات</numerusform>
                <numerusform>كلمة واحدة</numerusform>
                <numerusform>كلمتان</numerusform>
                <numerusform>%n كلمات</numerusform>
                <numerusform>%n كلمة</numerusform>
                <numerusform>%n كلمة</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>غير محفوظ</translation>
        </message>
        <message>
            <source>Your writing is not saved yet</source>
            <translation>ما كتبته لم يُحفظ بعد</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>جارٍ التحرير…</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>حُفظ %1</translation>
        </message>
        <message>
            <source>All saved</source>
            <translation>كل شيء محفوظ</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>جارٍ النسخ الاحتياطي…</translation>
        </message>
        <message>
            <source>Backed up to %1</source>
            <translation>نُسخ احتياطيًا في %1</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>فشل النسخ الاحتياطي</translation>
        </message>
        <message>
            <source>Your journal was backed up.</source>
            <translation>أُخذت نسخة احتياطية من يومياتك.</translation>
        </message>
        <message>
            <source>The automatic backup didn't work: %1</source>
            <translation>لم تنجح النسخة الاحتياطية التلقائية: %1</translation>
        </message>
        <message>
            <source>About Learning Journal</source>
            <translation>عن دفتر التعلّم</translation>
        </message>
        <message>
            <source>Learning Journal %1

The story of your own learning, kept on this computer.

Your journal is in:
%2</source>
            <translation>دفتر التعلّم (Learning Journal) %1

قصة تعلّمك أنت، محفوظة على هذا الحاسوب.

دفترك موجود في:
%2</translation>
        </message>
        <message>
            <source>%1's Learning Journal</source>
            <translation>دفتر تعلّم %1</translation>
        </message>
        <message>
            <source>Learning Journal</source>
            <translation>دفتر التعلّم</translation>
        </message>
        <message numerus="yes">
            <source>Learning Journal closed unexpectedly last time. Your writing was kept: %n entry(s) have a draft that is newer than their last revision.</source>
            <translation>
                <numerusform>أُغلق دفتر التعلّم فجأة في المرة الماضية. ما كتبته محفوظ.</numerusform>
                <numerusform>أُغلق دفتر التعلّم فجأة في المرة الماضية. ما كتبته محفوظ: لتدوينة واحدة مسودة أحدث من آخر نسخة لها.</numerusform>
                <numerusform>أُغلق دفتر التعلّم فجأة في المرة الماضية. ما كتبته محفوظ: لتدوينتين مسودتان أحدث من آخر نسخة لهما.</numerusform>
                <numerusform>أُغلق دفتر التعلّم فجأة في المرة الماضية. ما كتبته محفوظ: لـ%n تدوينات مسودات أحدث من آخر نسخة لها.</numerusform>
                <numerusform>أُغلق دفتر التعلّم فجأة في المرة الماضية. ما كتبته محفوظ: لـ%n تدوينة مسودات أحدث من آخر نسخة لها.</numerusform>
                <numerusform>أُغلق دفتر التعلّم فجأة في المرة الماضية. ما كتبته محفوظ: لـ%n تدوينة مسودات أحدث من آخر نسخة لها.</numerusform>
            </translation>
        </message>
        <message>
            <source>This journal has no name yet. It will ask again next time, or you can type your name in Preferences or on the Today page.</source>
            <translation>هذا الدفتر بلا اسم بعد. سنسألك مرة أخرى في المرة القادمة، أو يمكنك كتابة اسمك في التفضيلات أو في صفحة «اليوم».</translation>
        </message>
        <message>
            <source>Making a sample journal to explore…</source>
            <translation>جارٍ تجهيز دفتر نموذجي لتستكشفه…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Making the sample journal</source>
            <translation>تجهيز الدفتر النموذجي</translation>
        </message>
        <message>
            <source>The sample journal could not be made</source>
            <translation>تعذّر تجهيز الدفتر النموذجي</translation>
        </message>
        <message>
            <source>The sample journal could not be opened</source>
            <translation>تعذّر فتح الدفتر النموذجي</translation>
        </message>
        <message>
            <source> — sample journal</source>
            <translation> — دفتر نموذجي</translation>
        </message>
        <message>
            <source>Switch between panels</source>
            <translation>التنقل بين اللوحات</translation>
        </message>
        <message>
            <source>Something you wrote isn't saved</source>
            <translation>هناك شيء كتبته ولم يُحفظ</translation>
        </message>
        <message>
            <source>You've written something here that isn't saved yet. If you quit now, it is lost. Go back to it?</source>
            <translation>كتبتَ هنا شيئًا لم يُحفظ بعد. إذا خرجت الآن فسيضيع. هل تعود إليه؟</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>خروج دون حفظ</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>العودة</translation>
        </message>
        <message>
            <source>Your journal was not locked: your latest writing could not be saved.</source>
            <translation>لم يُقفل دفترك: تعذّر حفظ آخر ما كتبته.</translation>
        </message>
        <message>
            <source>Your last changes could not be saved</source>
            <translation>تعذّر حفظ تغييراتك الأخيرة</translation>
        </message>
        <message>
            <source>Learning Journal could not save your latest writing. If you quit now, the last few words may be lost. Quit anyway?</source>
            <translation>لم يتمكّن دفتر التعلّم من حفظ آخر ما كتبته. إذا خرجت الآن فقد تضيع الكلمات الأخيرة. هل تخرج على أي حال؟</translation>
        </message>
        <message>
            <source>Quit anyway</source>
            <translation>خروج على أي حال</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Clear %1</source>
            <translation>امسح %1</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>امسح</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Bringing your journal back…</source>
            <translation>جارٍ إعادة دفترك…</translation>
        </message>
        <message>
            <source>This journal is locked with a passphrase.</source>
            <translation>هذا الدفتر مقفل بعبارة مرور.</translation>
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation>جارٍ فتح دفترك…</translation>
        </message>
        <message>
            <source>Your journal is locked.</source>
            <translation>دفترك مقفل.</translation>
        </message>
    </context>
    <context>
        <name>LearningProfileView</name>
        <message>
            <source>How I learn best</source>
            <translation>كيف أتعلّم أفضل</translation>
        </message>
        <message>
            <source>My learning profile</source>
            <translation>ملفّي التعلّمي</translation>
        </message>
        <message>
            <source>I learn best when… I find it hard when… When I'm stuck, I…</source>
            <translation>أتعلّم أفضل حين… أجد صعوبة حين… حين أتعثّر، أنا…</translation>
        </message>
        <message>
            <source>&amp;Save my profile</source>
            <translation>&amp;حفظ ملفّي</translation>
        </message>
        <message>
            <source>Save my learning profile</source>
            <translation>حفظ ملفّي التعلّمي</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Earlier versions of my learning profile</source>
            <translation>نسخ سابقة من ملفّي التعلّمي</translation>
        </message>
        <message>
            <source>Earlier versions</source>
            <translation>نسخ سابقة</translation>
        </message>
        <message>
            <source>When learning went well (4 or 5), I was often…</source>
            <translation>حين سار التعلّم جيدًا (4 أو 5)، كنت غالبًا…</translation>
        </message>
        <message>
            <source>Conditions when learning went well</source>
            <translation>الظروف حين سار التعلّم جيدًا</translation>
        </message>
        <message>
            <source>When it went badly (1 or 2), I was often…</source>
            <translation>حين سار بشكل سيئ (1 أو 2)، كنت غالبًا…</translation>
        </message>
        <message>
            <source>Conditions when learning went badly</source>
            <translation>الظروف حين سار التعلّم بشكل سيئ</translation>
        </message>
        <message>
            <source>My answers about how I learn best</source>
            <translation>إجاباتي عن كيف أتعلّم أفضل</translation>
        </message>
        <message>
            <source>What my reflections say about the way I learn. Every pattern here comes from my own answers, with how many it rests on.</source>
            <translation>ما تقوله تأملاتي عن طريقتي في التعلّم. كل نمط هنا مأخوذ من إجاباتي أنا، مع عدد الإجابات التي يستند إليها.</translation>
        </message>
        <message>
            <source>What goes with learning going well</source>
            <translation>ما يرافق التعلّم حين يسير جيدًا</translation>
        </message>
        <message>
            <source>My four attributes over time</source>
            <translation>سماتي الأربع عبر الزمن</translation>
        </message>
        <message>
            <source>Each bar is a month of entries and reflections; the number is how many.</source>
            <translation>كل عمود هو شهر من التدوينات والتأملات، والرقم يدلّ على عددها.</translation>
        </message>
        <message>
            <source>Then and now</source>
            <translation>في البداية والآن</translation>
        </message>
        <message>
            <source>All my answers about how I learn best</source>
            <translation>كل إجاباتي عن كيف أتعلّم أفضل</translation>
        </message>
        <message>
            <source>No answers yet. Prompts about how you learn best will show up here.</source>
            <translation>لا إجابات بعد. ستظهر هنا الأسئلة عن الطريقة التي تتعلّم بها أفضل.</translation>
        </message>
        <message>
            <source>Write it in your own words. It goes with your portfolio.</source>
            <translation>اكتبه بكلماتك أنت. سيرافق ملف إنجازك.</translation>
        </message>
        <message>
            <source>Last changed %1</source>
            <translation>آخر تغيير %1</translation>
        </message>
        <message numerus="yes">
            <source>You've said how well it went in %n reflection(s).</source>
            <translation>
                <numerusform>لم تقل بعد كيف سار تعلّمك في أي تأمل.</numerusform>
                <numerusform>قلتَ كيف سار تعلّمك في تأمل واحد.</numerusform>
                <numerusform>قلتَ كيف سار تعلّمك في تأمّلين.</numerusform>
                <numerusform>قلتَ كيف سار تعلّمك في %n تأملات.</numerusform>
                <numerusform>قلتَ كيف سار تعلّمك في %n تأملًا.</numerusform>
                <numerusform>قلتَ كيف سار تعلّمك في %n تأمل.</numerusform>
            </translation>
        </message>
        <message>
            <source>A pattern shows here once at least %1 reflections share it, so nothing is guessed from too little.</source>
            <translation>يظهر النمط هنا حين تشترك فيه %1 تأملات على الأقل، حتى لا نخمّن شيئًا من معلومات قليلة.</translation>
        </message>
        <message>
            <source>Only patterns backed by at least %1 are shown.</source>
            <translation>تظهر فقط الأنماط التي يدعمها %1 على الأقل.</translation>
        </message>
        <message>
            <source>My first answer beside my latest, for questions I've answered more than once.</source>
            <translation>إجابتي الأولى بجانب أحدث إجابة، للأسئلة التي أجبت عنها أكثر من مرة.</translation>
        </message>
        <message>
            <source>Answer the same question about how you learn again later, and you'll see your first answer beside your latest here.</source>
            <translation>أجب عن السؤال نفسه عن طريقتك في التعلّم مرة أخرى لاحقًا، وسترى هنا إجابتك الأولى بجانب أحدث إجابة.</translation>
        </message>
        <message>
            <source>Your learning profile wasn't saved</source>
            <translation>لم يُحفظ ملفّك التعلّمي</translation>
        </message>
    </context>
    <context>
        <name>LinkEvidenceDialog</name>
        <message>
            <source>Link evidence</source>
            <translation>ربط دليل</translation>
        </message>
        <message>
            <source>Find an entry</source>
            <translation>البحث عن تدوينة</translation>
        </message>
        <message>
            <source>Find an entry…</source>
            <translation>ابحث عن تدوينة…</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>التدوينات</translation>
        </message>
        <message>
            <source>Which version</source>
            <translation>أي نسخة</translation>
        </message>
        <message>
            <source>Which criterion it shows</source>
            <translation>أي معيار يُظهره</translation>
        </message>
        <message>
            <source>The goal as a whole</source>
            <translation>الهدف كله</translation>
        </message>
        <message>
            <source>Note about the evidence</source>
            <translation>ملاحظة عن الدليل</translation>
        </message>
        <message>
            <source>What does it show? (optional)</source>
            <translation>ماذا يُظهر؟ (اختياري)</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;ربط</translation>
        </message>
        <message>
            <source>Link as evidence</source>
            <translation>ربط كدليل</translation>
        </message>
        <message>
            <source>Which piece of work shows progress towards “%1”?</source>
            <translation>أي عمل يُظهر تقدّمك نحو «%1»؟</translation>
        </message>
        <message>
            <source>this goal</source>
            <translation>هذا الهدف</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>ال&amp;نسخة:</translation>
        </message>
        <message>
            <source>It &amp;shows:</source>
            <translation>&amp;يُظهر:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>ملا&amp;حظة:</translation>
        </message>
        <message>
            <source>As it is now (follows new versions)</source>
            <translation>كما هي الآن (تتبع النسخ الجديدة)</translation>
        </message>
        <message>
            <source>Version %1 · %2</source>
            <translation>النسخة %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>LockSection</name>
        <message>
            <source>Lock with a passphrase</source>
            <translation>القفل بعبارة مرور</translation>
        </message>
        <message>
            <source>Lock status</source>
            <translation>حالة القفل</translation>
        </message>
        <message>
            <source>&amp;Lock with a passphrase…</source>
            <translation>&amp;قفل الدفتر بعبارة مرور…</translation>
        </message>
        <message>
            <source>Lock the journal with a passphrase</source>
            <translation>قفل الدفتر بعبارة مرور</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation>&amp;تغيير عبارة المرور…</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>&amp;Remove the lock…</source>
            <translation>إ&amp;زالة القفل…</translation>
        </message>
        <message>
            <source>Remove the passphrase lock</source>
            <translation>إزالة القفل بعبارة المرور</translation>
        </message>
        <message>
            <source>When the journal is locked, everything in its folder (entries, files, pictures and backups) is encrypted, and it opens only with the passphrase.</source>
            <translation>عندما يكون الدفتر مقفلًا، يُشفَّر كل ما في مجلده (التدوينات والملفات والصور والنسخ الاحتياطية)، ولا يُفتح إلا بعبارة المرور.</translation>
        </message>
        <message>
            <source>This journal is locked with a passphrase.</source>
            <translation>هذا الدفتر مقفل بعبارة مرور.</translation>
        </message>
        <message>
            <source>This journal is not locked: anyone using this computer can open it.</source>
            <translation>هذا الدفتر غير مقفل: يستطيع أي شخص يستخدم هذا الحاسوب أن يفتحه.</translation>
        </message>
        <message>
            <source>Locking your journal…</source>
            <translation>جارٍ قفل دفترك…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>Removing the lock…</source>
            <translation>جارٍ إزالة القفل…</translation>
        </message>
        <message>
            <source>Remove the lock</source>
            <translation>إزالة القفل</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>just now</source>
            <translation>الآن</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>قبل أقل من دقيقة</numerusform>
                <numerusform>قبل دقيقة</numerusform>
                <numerusform>قبل دقيقتين</numerusform>
                <numerusform>قبل %n دقائق</numerusform>
                <numerusform>قبل %n دقيقة</numerusform>
                <numerusform>قبل %n دقيقة</numerusform>
            </translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>في %1</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Entry title</source>
            <translation>عنوان التدوينة</translation>
        </message>
        <message>
            <source>Entry text</source>
            <translation>نص التدوينة</translation>
        </message>
        <message>
            <source>Write in Markdown: # for a heading, **bold**, *italic*, - for a list, - [ ] for a checklist.</source>
            <translation>اكتب بصيغة Markdown: ‏# للعنوان، و**غامق**، و*مائل*، و- للقائمة، و- [ ] لقائمة المهام.</translation>
        </message>
        <message>
            <source>Start writing… Use # for a heading, **bold**, - [ ] for a checklist.</source>
            <translation>ابدأ الكتابة… استخدم # للعنوان، و**غامق**، و- [ ] لقائمة المهام.</translation>
        </message>
        <message>
            <source>Preview of entry text</source>
            <translation>معاينة نص التدوينة</translation>
        </message>
        <message>
            <source>Word count</source>
            <translation>عدد الكلمات</translation>
        </message>
        <message>
            <source>&amp;Bold</source>
            <translation>&amp;غامق</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>غامق</translation>
        </message>
        <message>
            <source>B</source>
            <translation>غ</translation>
        </message>
        <message>
            <source>&amp;Italic</source>
            <translation>&amp;مائل</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>مائل</translation>
        </message>
        <message>
            <source>I</source>
            <translation>م</translation>
        </message>
        <message>
            <source>&amp;Heading</source>
            <translation>ع&amp;نوان</translation>
        </message>
        <message>
            <source>Make this line a heading (press again for a smaller one)</source>
            <translation>اجعل هذا السطر عنوانًا (اضغط مرة أخرى لعنوان أصغر)</translation>
        </message>
        <message>
            <source>H</source>
            <translation>ع</translation>
        </message>
        <message>
            <source>&amp;Checklist item</source>
            <translation>&amp;بند في قائمة مهام</translation>
        </message>
        <message>
            <source>Make this line a checklist item, or tick it off</source>
            <translation>اجعل هذا السطر بندًا في قائمة مهام، أو ضع عليه علامة الإنجاز</translation>
        </message>
        <message>
            <source>☑ Checklist</source>
            <translation>☑ قائمة مهام</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;رابط</translation>
        </message>
        <message>
            <source>Add a link</source>
            <translation>إضافة رابط</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>رابط</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>م&amp;عاينة</translation>
        </message>
        <message>
            <source>Show how the entry looks when formatted</source>
            <translation>عرض شكل التدوينة بعد التنسيق</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>معاينة</translation>
        </message>
        <message>
            <source>Undo &amp;typing</source>
            <translation>ت&amp;راجع عن الكتابة</translation>
        </message>
        <message>
            <source>Redo typ&amp;ing</source>
            <translation>إعادة ال&amp;كتابة</translation>
        </message>
        <message>
            <source>Formatting</source>
            <translation>التنسيق</translation>
        </message>
        <message>
            <source>More formatting</source>
            <translation>مزيد من التنسيق</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>لا كلمات</numerusform>
                <numerusform>كلمة واحدة</numerusform>
                <numerusform>كلمتان</numerusform>
                <numerusform>%n كلمات</numerusform>
                <numerusform>%n كلمة</numerusform>
                <numerusform>%n كلمة</numerusform>
            </translation>
        </message>
        <message>
            <source>link text</source>
            <translation>نص الرابط</translation>
        </message>
    </context>
    <context>
        <name>OnThisDayCard</name>
        <message>
            <source>On this day</source>
            <translation>في مثل هذا اليوم</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>ليس الآن</translation>
        </message>
        <message>
            <source>Hide On this day</source>
            <translation>إخفاء «في مثل هذا اليوم»</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) ago</source>
            <translation>
                <numerusform>هذا العام</numerusform>
                <numerusform>قبل سنة</numerusform>
                <numerusform>قبل سنتين</numerusform>
                <numerusform>قبل %n سنوات</numerusform>
                <numerusform>قبل %n سنة</numerusform>
                <numerusform>قبل %n سنة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) ago</source>
            <translation>
                <numerusform>هذا الشهر</numerusform>
                <numerusform>قبل شهر</numerusform>
                <numerusform>قبل شهرين</numerusform>
                <numerusform>قبل %n أشهر</numerusform>
                <numerusform>قبل %n شهرًا</numerusform>
                <numerusform>قبل %n شهر</numerusform>
            </translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>تدوينة بلا عنوان</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>how long ago, entry title</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>فتح %1</translation>
        </message>
    </context>
    <context>
        <name>PanelFeedbackDialog</name>
        <message>
            <source>Starting out</source>
            <translation>في البداية</translation>
        </message>
        <message>
            <source>On the way</source>
            <translation>في الطريق</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>أتقنه</translation>
        </message>
        <message>
            <source>Going beyond</source>
            <translation>يتجاوز المطلوب</translation>
        </message>
        <message>
            <source>Panel feedback on “{title}”</source>
            <translation>ملاحظات اللجنة على «{title}»</translation>
        </message>
        <message>
            <source>For each station: what impressed you, and what you wondered about. Rate the goals it shows if you can. Leave blank what you didn't see.</source>
            <translation>لكل محطة: ما الذي أعجبك، وما الذي تساءلت عنه. قيّم الأهداف التي تُظهرها إن استطعت. اترك فارغًا ما لم تره.</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>تدوينة بلا عنوان</translation>
        </message>
        <message>
            <source>Station {n}: {label}</source>
            <translation>المحطة {n}: {label}</translation>
        </message>
        <message>
            <source>Wow for station {n}</source>
            <translation>ما أعجبك في المحطة {n}</translation>
        </message>
        <message>
            <source>Something that impressed you</source>
            <translation>شيء أعجبك</translation>
        </message>
        <message>
            <source>Wonder for station {n}</source>
            <translation>ما تساءلت عنه في المحطة {n}</translation>
        </message>
        <message>
            <source>Something you wondered about</source>
            <translation>شيء تساءلت عنه</translation>
        </message>
        <message>
            <source>&amp;Wow:</source>
            <translation>أ&amp;عجبني:</translation>
        </message>
        <message>
            <source>W&amp;onder:</source>
            <translation>أ&amp;تساءل:</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>بلا تقييم</translation>
        </message>
        <message>
            <source>Rating for “{criterion}” at station {n}</source>
            <translation>تقييم «{criterion}» في المحطة {n}</translation>
        </message>
        <message>
            <source>This exhibition has no stations to give feedback on.</source>
            <translation>لا محطات في هذا المعرض لإبداء الملاحظات عليها.</translation>
        </message>
        <message>
            <source>&amp;Questions the panel asked (one a line):</source>
            <translation>ال&amp;أسئلة التي طرحتها اللجنة (سؤال في كل سطر):</translation>
        </message>
        <message>
            <source>Questions the panel asked</source>
            <translation>الأسئلة التي طرحتها اللجنة</translation>
        </message>
        <message>
            <source>Add to my feedback</source>
            <translation>أضِف إلى ملاحظاتي</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Current passphrase</source>
            <translation>عبارة المرور الحالية</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>عبارة المرور الجديدة مرة أخرى</translation>
        </message>
        <message>
            <source>I forgot it: use my &amp;recovery key</source>
            <translation>نسيتُها: استخدم &amp;مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>Use recovery key</source>
            <translation>استخدام مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>عبارة المرور ال&amp;حالية:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>عبارة المرور ال&amp;جديدة:</translation>
        </message>
        <message>
            <source>Type it &amp;again:</source>
            <translation>أعد &amp;كتابتها:</translation>
        </message>
        <message>
            <source>At least %1 characters; a few words you will remember are best.</source>
            <translation>%1 أحرف على الأقل؛ وأفضلها بضع كلمات ستتذكّرها.</translation>
        </message>
        <message>
            <source>Passphrase message</source>
            <translation>رسالة عبارة المرور</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>&amp;Recovery key:</source>
            <translation>مفتاح ال&amp;استرداد:</translation>
        </message>
        <message>
            <source>Type the current passphrase (or the recovery key).</source>
            <translation>اكتب عبارة المرور الحالية (أو مفتاح الاسترداد).</translation>
        </message>
        <message>
            <source>A passphrase needs at least %1 characters.</source>
            <translation>تحتاج عبارة المرور إلى %1 أحرف على الأقل.</translation>
        </message>
        <message>
            <source>A passphrase can't start or end with a space.</source>
            <translation>لا يمكن أن تبدأ عبارة المرور أو تنتهي بمسافة.</translation>
        </message>
        <message>
            <source>The two new passphrases are not the same; type them again.</source>
            <translation>عبارتا المرور الجديدتان غير متطابقتين؛ اكتبهما مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>PortfolioActions</name>
        <message>
            <source>Portfolio files (*.portfolio.zip *.zip);;All files (*)</source>
            <translation>ملفات الإنجاز (*.portfolio.zip *.zip);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Saved your portfolio to %1.</source>
            <translation>حُفظ ملف إنجازك في %1.</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>استيراد ملف</translation>
        </message>
        <message>
            <source>Open a portfolio to review</source>
            <translation>فتح ملف إنجاز للمراجعة</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>جارٍ فحص %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Checking the portfolio</source>
            <translation>جارٍ فحص ملف الإنجاز</translation>
        </message>
        <message>
            <source>Open for review</source>
            <translation>فتح للمراجعة</translation>
        </message>
        <message>
            <source>Stopped; nothing was opened.</source>
            <translation>توقّف؛ لم يُفتح شيء.</translation>
        </message>
        <message>
            <source>%1 could not be opened (%2).</source>
            <translation>تعذّر فتح %1 (%2).</translation>
        </message>
        <message>
            <source>This portfolio can't be reviewed</source>
            <translation>لا يمكن مراجعة ملف الإنجاز هذا</translation>
        </message>
        <message>
            <source>Choose the folder of your class's portfolios</source>
            <translation>اختر مجلد ملفات الإنجاز الخاصة بصفك</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>التفضيلات</translation>
        </message>
        <message>
            <source>Your journal</source>
            <translation>دفترك</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>مجلد البيانات</translation>
        </message>
        <message>
            <source>&amp;Show in file manager</source>
            <translation>&amp;عرض في مدير الملفات</translation>
        </message>
        <message>
            <source>Show data folder in file manager</source>
            <translation>عرض مجلد البيانات في مدير الملفات</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>مجلد البيانات:</translation>
        </message>
        <message>
            <source>Everything you write and attach is kept in this folder.</source>
            <translation>كل ما تكتبه وترفقه محفوظ في هذا المجلد.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>ا&amp;سمك:</translation>
        </message>
        <message>
            <source>Name on exported portfolios</source>
            <translation>الاسم على ملفات الإنجاز التي تصدّرها</translation>
        </message>
        <message>
            <source>My full name</source>
            <translation>اسمي الكامل</translation>
        </message>
        <message>
            <source>My first name and the initial of my last name</source>
            <translation>اسمي الأول والحرف الأول من اسم عائلتي</translation>
        </message>
        <message>
            <source>On &amp;portfolios:</source>
            <translation>&amp;في ملفات الإنجاز:</translation>
        </message>
        <message>
            <source>Your name is kept in your journal, not on this computer, and is shown on the portfolios you export.</source>
            <translation>يُحفظ اسمك في دفترك، لا على هذا الحاسوب، ويظهر على ملفات الإنجاز التي تصدّرها.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>مجلد النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>ا&amp;ختيار…</translation>
        </message>
        <message>
            <source>Choose backup folder</source>
            <translation>اختيار مجلد النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>Use &amp;default</source>
            <translation>استخدام المجلد ال&amp;افتراضي</translation>
        </message>
        <message>
            <source>Use the default backup folder</source>
            <translation>استخدام مجلد النسخ الاحتياطية الافتراضي</translation>
        </message>
        <message>
            <source>&amp;Backup folder:</source>
            <translation>&amp;مجلد النسخ الاحتياطية:</translation>
        </message>
        <message>
            <source>Number of backups to keep</source>
            <translation>عدد النسخ الاحتياطية التي يُحتفظ بها</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> نسخة احتياطية</translation>
        </message>
        <message>
            <source>&amp;Keep the newest:</source>
            <translation>ا&amp;حتفظ بأحدث:</translation>
        </message>
        <message>
            <source>A USB stick or a cloud folder is a good place for backups: then a lost laptop doesn't mean a lost journal.</source>
            <translation>ذاكرة USB أو مجلد سحابي مكان جيد للنسخ الاحتياطية: فضياع الحاسوب لا يعني ضياع الدفتر.</translation>
        </message>
        <message>
            <source>Writing</source>
            <translation>الكتابة</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> ثانية</translation>
        </message>
        <message>
            <source>Autosave delay in seconds</source>
            <translation>مهلة الحفظ التلقائي بالثواني</translation>
        </message>
        <message>
            <source>&amp;Save my typing after:</source>
            <translation>احفظ ما &amp;أكتبه بعد:</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> نقطة</translation>
        </message>
        <message>
            <source>Editor text size in points</source>
            <translation>حجم نص المحرّر بالنقاط</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>حجم ال&amp;نص:</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>المظهر</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>السمة اللونية</translation>
        </message>
        <message>
            <source>Same as my computer</source>
            <translation>مثل حاسوبي</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتحة</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكنة</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>السمة ال&amp;لونية:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>ال&amp;لغة:</translation>
        </message>
        <message>
            <source>A new language is used from the next time you open the app.</source>
            <translation>ستُستخدم اللغة الجديدة من المرة القادمة التي تفتح فيها التطبيق.</translation>
        </message>
        <message>
            <source>Save preferences</source>
            <translation>حفظ التفضيلات</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source> min</source>
            <translation> دقيقة</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>Lock after this many minutes without use</source>
            <translation>اقفل بعد هذا العدد من الدقائق دون استخدام</translation>
        </message>
        <message>
            <source>Loc&amp;k after minutes without use:</source>
            <translation>اق&amp;فل بعد دقائق دون استخدام:</translation>
        </message>
        <message>
            <source>Choose a folder for backups</source>
            <translation>اختر مجلدًا للنسخ الاحتياطية</translation>
        </message>
    </context>
    <context>
        <name>PresentWindow</name>
        <message>
            <source>Rehearsing: {title}</source>
            <translation>تدريب: {title}</translation>
        </message>
        <message>
            <source>Presenting: {title}</source>
            <translation>عرض: {title}</translation>
        </message>
        <message>
            <source>Station and time</source>
            <translation>المحطة والوقت</translation>
        </message>
        <message>
            <source>Station as the audience sees it</source>
            <translation>المحطة كما يراها الجمهور</translation>
        </message>
        <message>
            <source>All stations</source>
            <translation>كل المحطات</translation>
        </message>
        <message>
            <source>{number}. {label}</source>
            <translation>{number}. {label}</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>تدوينة بلا عنوان</translation>
        </message>
        <message>
            <source>There is no station to show yet.</source>
            <translation>لا توجد محطة لعرضها بعد.</translation>
        </message>
        <message>
            <source>Station {n} of {total} · {time}</source>
            <translation>المحطة {n} من {total} · {time}</translation>
        </message>
        <message>
            <source> · this station {spent} of {planned}</source>
            <translation> · هذه المحطة {spent} من {planned}</translation>
        </message>
        <message>
            <source> · go to {number}</source>
            <translation> · انتقل إلى {number}</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>انتهى الوقت</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <source>Presenter view: {title}</source>
            <translation>عرض المقدّم: {title}</translation>
        </message>
        <message>
            <source>Station on show</source>
            <translation>المحطة المعروضة</translation>
        </message>
        <message>
            <source>Your talking notes</source>
            <translation>ملاحظاتك للحديث</translation>
        </message>
        <message>
            <source>Next station</source>
            <translation>المحطة التالية</translation>
        </message>
        <message>
            <source>Time left for this station</source>
            <translation>الوقت المتبقي لهذه المحطة</translation>
        </message>
        <message>
            <source>Time left overall</source>
            <translation>الوقت المتبقي كله</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>الإيقاع</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>الساعة</translation>
        </message>
        <message>
            <source>Right or Space: next · Left: back · number then Enter: jump · G: all stations · P: hide this view · Escape: stop</source>
            <translation>اليمين أو المسافة: التالي · اليسار: رجوع · رقم ثم Enter: انتقال · G: كل المحطات · P: إخفاء هذا العرض · Escape: إنهاء</translation>
        </message>
        <message>
            <source>S: swap the two screens</source>
            <translation>S: تبديل الشاشتين</translation>
        </message>
        <message>
            <source>There is no station to show yet.</source>
            <translation>لا توجد محطة لعرضها بعد.</translation>
        </message>
        <message>
            <source>Station {n} of {total}: {label}</source>
            <translation>المحطة {n} من {total}: {label}</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>تدوينة بلا عنوان</translation>
        </message>
        <message>
            <source>No notes for this station.</source>
            <translation>لا ملاحظات لهذه المحطة.</translation>
        </message>
        <message>
            <source>Next: {n}. {label}</source>
            <translation>التالي: {n}. {label}</translation>
        </message>
        <message>
            <source>Next: this is the last station.</source>
            <translation>التالي: هذه آخر محطة.</translation>
        </message>
        <message>
            <source>This station: {time} left</source>
            <translation>هذه المحطة: بقي {time}</translation>
        </message>
        <message>
            <source>This station: {time} over</source>
            <translation>هذه المحطة: زيادة {time}</translation>
        </message>
        <message>
            <source>This station: {time}</source>
            <translation>هذه المحطة: {time}</translation>
        </message>
        <message>
            <source>Overall: {time} left</source>
            <translation>الكل: بقي {time}</translation>
        </message>
        <message>
            <source>Overall: {time} over</source>
            <translation>الكل: زيادة {time}</translation>
        </message>
        <message>
            <source>Overall: {time}</source>
            <translation>الكل: {time}</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>في الوقت</translation>
        </message>
        <message>
            <source>A little behind: think about moving on</source>
            <translation>متأخر قليلًا: فكّر في الانتقال</translation>
        </message>
        <message>
            <source>Behind: move on to the next station</source>
            <translation>متأخر: انتقل إلى المحطة التالية</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Prompt</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>أ&amp;جب</translation>
        </message>
        <message>
            <source>Answer this prompt</source>
            <translation>أجب عن هذا السؤال</translation>
        </message>
        <message>
            <source>A&amp;nother</source>
            <translation>سؤال آ&amp;خر</translation>
        </message>
        <message>
            <source>Show another prompt</source>
            <translation>عرض سؤال آخر</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>&amp;تخطَّ</translation>
        </message>
        <message>
            <source>Skip this prompt</source>
            <translation>تخطَّ هذا السؤال</translation>
        </message>
        <message>
            <source>My answer</source>
            <translation>إجابتي</translation>
        </message>
        <message>
            <source>&amp;Edit answer</source>
            <translation>&amp;تعديل الإجابة</translation>
        </message>
        <message>
            <source>Edit my answer</source>
            <translation>تعديل إجابتي</translation>
        </message>
        <message>
            <source>&amp;Delete answer</source>
            <translation>&amp;حذف الإجابة</translation>
        </message>
        <message>
            <source>Delete my answer</source>
            <translation>حذف إجابتي</translation>
        </message>
        <message>
            <source>Edit → Undo brings it back</source>
            <translation>«تحرير ← تراجع» يعيدها</translation>
        </message>
        <message>
            <source>Prompt of the day</source>
            <translation>سؤال اليوم</translation>
        </message>
        <message>
            <source>A question about this revision</source>
            <translation>سؤال عن هذه النسخة</translation>
        </message>
        <message>
            <source>A checkpoint question</source>
            <translation>سؤال نقطة المتابعة</translation>
        </message>
        <message>
            <source>Looking back on this goal</source>
            <translation>نظرة إلى الوراء على هذا الهدف</translation>
        </message>
        <message>
            <source>Choosing work to show</source>
            <translation>اختيار أعمال للعرض</translation>
        </message>
        <message>
            <source>A question for you</source>
            <translation>سؤال لك</translation>
        </message>
        <message>
            <source>There are no prompts switched on right now.</source>
            <translation>لا توجد أسئلة مفعّلة الآن.</translation>
        </message>
        <message>
            <source>You answered this today:</source>
            <translation>أجبت عن هذا اليوم:</translation>
        </message>
        <message>
            <source>You answered this:</source>
            <translation>أجبت عن هذا:</translation>
        </message>
        <message>
            <source>(conditions only)</source>
            <translation>(الظروف فقط)</translation>
        </message>
        <message>
            <source>&amp;Answer again</source>
            <translation>أ&amp;جب مرة أخرى</translation>
        </message>
        <message>
            <source>Answer this prompt again</source>
            <translation>أجب عن هذا السؤال مرة أخرى</translation>
        </message>
        <message>
            <source>Your answer wasn't deleted</source>
            <translation>لم تُحذف إجابتك</translation>
        </message>
        <message>
            <source>Answer deleted. Edit → Undo brings it back.</source>
            <translation>حُذفت الإجابة. «تحرير ← تراجع» يعيدها.</translation>
        </message>
        <message>
            <source>Skipped. There's always another day.</source>
            <translation>تخطّيته. هناك دائمًا يوم آخر.</translation>
        </message>
        <message>
            <source>Saved. Thank you for thinking about it!</source>
            <translation>حُفظت. شكرًا لأنك فكّرت في الأمر!</translation>
        </message>
    </context>
    <context>
        <name>PromptLibraryDialog</name>
        <message>
            <source>Prompts</source>
            <translation>الأسئلة</translation>
        </message>
        <message>
            <source>Prompt library sections</source>
            <translation>أقسام مكتبة الأسئلة</translation>
        </message>
        <message>
            <source>&amp;All prompts</source>
            <translation>&amp;كل الأسئلة</translation>
        </message>
        <message>
            <source>&amp;My prompts</source>
            <translation>أ&amp;سئلتي</translation>
        </message>
        <message>
            <source>&amp;Teacher packs</source>
            <translation>&amp;حزم المعلّمين</translation>
        </message>
        <message>
            <source>Show prompts about</source>
            <translation>عرض الأسئلة عن</translation>
        </message>
        <message>
            <source>Every attribute</source>
            <translation>كل السمات</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>Attribute</source>
            <translation>السمة</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>From</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Untick a prompt to stop it being offered.</source>
            <translation>أزل العلامة عن سؤال حتى لا يُعرض عليك.</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>ا&amp;عرض:</translation>
        </message>
        <message>
            <source>My new prompt</source>
            <translation>سؤالي الجديد</translation>
        </message>
        <message>
            <source>A question I want to ask myself…</source>
            <translation>سؤال أريد أن أطرحه على نفسي…</translation>
        </message>
        <message>
            <source>Attribute of my prompt</source>
            <translation>سمة سؤالي</translation>
        </message>
        <message>
            <source>When to offer my prompt</source>
            <translation>متى يُعرض سؤالي</translation>
        </message>
        <message>
            <source>It's about how I learn &amp;best</source>
            <translation>إنه عن الطريقة التي أتعلّم بها أ&amp;فضل</translation>
        </message>
        <message>
            <source>About how I learn best</source>
            <translation>عن الطريقة التي أتعلّم بها أفضل</translation>
        </message>
        <message>
            <source>A&amp;dd my prompt</source>
            <translation>أ&amp;ضف سؤالي</translation>
        </message>
        <message>
            <source>Add my prompt</source>
            <translation>إضافة سؤالي</translation>
        </message>
        <message>
            <source>My prompts</source>
            <translation>أسئلتي</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>ح&amp;ذف</translation>
        </message>
        <message>
            <source>Delete my prompt</source>
            <translation>حذف سؤالي</translation>
        </message>
        <message>
            <source>&amp;Prompt:</source>
            <translation>ال&amp;سؤال:</translation>
        </message>
        <message>
            <source>About:</source>
            <translation>عن:</translation>
        </message>
        <message>
            <source>Offer it:</source>
            <translation>يُعرض:</translation>
        </message>
        <message>
            <source>A teacher can give you a prompt pack: a file of questions for your class. Tick a pack to have its prompts offered.</source>
            <translation>يمكن أن يعطيك معلّمك حزمة أسئلة: ملف فيه أسئلة لصفك. حدّد حزمة لتُعرض عليك أسئلتها.</translation>
        </message>
        <message>
            <source>Prompt packs</source>
            <translation>حزم الأسئلة</translation>
        </message>
        <message>
            <source>&amp;Import a pack…</source>
            <translation>ا&amp;ستيراد حزمة…</translation>
        </message>
        <message>
            <source>Import a prompt pack</source>
            <translation>استيراد حزمة أسئلة</translation>
        </message>
        <message>
            <source>&amp;Remove pack</source>
            <translation>إ&amp;زالة الحزمة</translation>
        </message>
        <message>
            <source>Remove prompt pack</source>
            <translation>إزالة حزمة الأسئلة</translation>
        </message>
        <message>
            <source> by %1</source>
            <translation> من %1</translation>
        </message>
        <message numerus="yes">
            <source>%1%2 (%n prompt(s))</source>
            <translation>
                <numerusform>%1%2 (لا أسئلة)</numerusform>
                <numerusform>%1%2 (سؤال واحد)</numerusform>
                <numerusform>%1%2 (سؤالان)</numerusform>
                <numerusform>%1%2 (%n أسئلة)</numerusform>
                <numerusform>%1%2 (%n سؤالًا)</numerusform>
                <numerusform>%1%2 (%n سؤال)</numerusform>
            </translation>
        </message>
        <message>
            <source>Couldn't change the prompt</source>
            <translation>تعذّر تغيير السؤال</translation>
        </message>
        <message>
            <source>Your prompt wasn't added</source>
            <translation>لم يُضف سؤالك</translation>
        </message>
        <message>
            <source>Delete prompt</source>
            <translation>حذف السؤال</translation>
        </message>
        <message>
            <source>Delete this prompt? Your answers to it are kept.</source>
            <translation>هل تحذف هذا السؤال؟ إجاباتك عنه تبقى محفوظة.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Couldn't delete the prompt</source>
            <translation>تعذّر حذف السؤال</translation>
        </message>
        <message>
            <source>Couldn't switch the pack</source>
            <translation>تعذّر تبديل الحزمة</translation>
        </message>
        <message>
            <source>Prompt packs (*.json);;All files (*)</source>
            <translation>حزم الأسئلة (*.json);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Checking the pack…</source>
            <translation>جارٍ فحص الحزمة…</translation>
        </message>
        <message>
            <source>Adding the prompt pack…</source>
            <translation>جارٍ إضافة حزمة الأسئلة…</translation>
        </message>
        <message numerus="yes">
            <source>Added the pack “%1” (%n prompt(s)).</source>
            <translation>
                <numerusform>أُضيفت الحزمة «%1» (لا أسئلة).</numerusform>
                <numerusform>أُضيفت الحزمة «%1» (سؤال واحد).</numerusform>
                <numerusform>أُضيفت الحزمة «%1» (سؤالان).</numerusform>
                <numerusform>أُضيفت الحزمة «%1» (%n أسئلة).</numerusform>
                <numerusform>أُضيفت الحزمة «%1» (%n سؤالًا).</numerusform>
                <numerusform>أُضيفت الحزمة «%1» (%n سؤال).</numerusform>
            </translation>
        </message>
        <message>
            <source>The pack wasn't added; nothing has changed.</source>
            <translation>لم تُضف الحزمة؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>This pack can't be used</source>
            <translation>لا يمكن استخدام هذه الحزمة</translation>
        </message>
        <message>
            <source>Remove pack</source>
            <translation>إزالة الحزمة</translation>
        </message>
        <message>
            <source>Remove this pack and its prompts? Your answers to them are kept.</source>
            <translation>هل تزيل هذه الحزمة وأسئلتها؟ إجاباتك عنها تبقى محفوظة.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Couldn't remove the pack</source>
            <translation>تعذّرت إزالة الحزمة</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>مفتاح الاسترداد الخاص بك</translation>
        </message>
        <message>
            <source>Your journal is locked. If you ever forget your passphrase, this recovery key is the only other way to open it. It is shown only now: copy it, save it or write it down, and keep it somewhere safe, away from this computer.</source>
            <translation>أصبح دفترك مقفلًا. إذا نسيت عبارة المرور يومًا ما، فمفتاح الاسترداد هذا هو الطريقة الوحيدة الأخرى لفتحه. لن يظهر إلا الآن: انسخه أو احفظه أو اكتبه على ورقة، واحتفظ به في مكان آمن بعيدًا عن هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;نسخ</translation>
        </message>
        <message>
            <source>Copy the recovery key</source>
            <translation>نسخ مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>&amp;Save to a file…</source>
            <translation>&amp;حفظ في ملف…</translation>
        </message>
        <message>
            <source>Save the recovery key to a file</source>
            <translation>حفظ مفتاح الاسترداد في ملف</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <source>Print the recovery key</source>
            <translation>طباعة مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>Recovery key message</source>
            <translation>رسالة مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>I have kept it</source>
            <translation>احتفظتُ به</translation>
        </message>
        <message>
            <source>I have kept my recovery key</source>
            <translation>احتفظتُ بمفتاح الاسترداد</translation>
        </message>
        <message>
            <source>Copied. Paste it somewhere safe.</source>
            <translation>نُسخ المفتاح. الصقه في مكان آمن.</translation>
        </message>
        <message>
            <source>Learning Journal recovery key</source>
            <translation>مفتاح الاسترداد لدفتر التعلّم</translation>
        </message>
        <message>
            <source>It opens your journal if you forget your passphrase.</source>
            <translation>يفتح دفترك إذا نسيت عبارة المرور.</translation>
        </message>
        <message>
            <source>Sent to the printer. Keep the page somewhere safe.</source>
            <translation>أُرسل إلى الطابعة. احتفظ بالورقة في مكان آمن.</translation>
        </message>
        <message>
            <source>Save the recovery key</source>
            <translation>حفظ مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>The key could not be saved there (%1); choose another place.</source>
            <translation>تعذّر حفظ المفتاح هناك (%1)؛ اختر مكانًا آخر.</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>حُفظ في %1.</translation>
        </message>
    </context>
    <context>
        <name>Reflection</name>
        <message>
            <source>Working on it</source>
            <translation>أعمل عليه</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>تحقّق</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>متوقّف مؤقتًا</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>تركته</translation>
        </message>
        <message>
            <source>me</source>
            <translation>أنا</translation>
        </message>
        <message>
            <source>my teacher</source>
            <translation>معلّمي</translation>
        </message>
        <message>
            <source>a classmate</source>
            <translation>زميل</translation>
        </message>
        <message>
            <source>Just me</source>
            <translation>أنا فقط</translation>
        </message>
        <message>
            <source>My class</source>
            <translation>صفّي</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>أي أحد</translation>
        </message>
        <message>
            <source>Just starting</source>
            <translation>في البداية</translation>
        </message>
        <message>
            <source>Getting there</source>
            <translation>أقترب</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>أتقنته</translation>
        </message>
        <message>
            <source>I could teach it</source>
            <translation>أستطيع أن أعلّمه</translation>
        </message>
        <message>
            <source>I've begun, but I can't do this yet.</source>
            <translation>بدأت، لكنني لا أستطيع فعل هذا بعد.</translation>
        </message>
        <message>
            <source>I can do some of it, or with help.</source>
            <translation>أستطيع فعل جزء منه، أو بمساعدة.</translation>
        </message>
        <message>
            <source>I can do this on my own.</source>
            <translation>أستطيع فعل هذا وحدي.</translation>
        </message>
        <message>
            <source>I can do it well and explain it to someone else.</source>
            <translation>أستطيع فعله جيدًا وشرحه لشخص آخر.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>أُنجز</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>موعده قريب</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>فات موعده</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>قادم</translation>
        </message>
        <message>
            <source>Any day</source>
            <translation>أي يوم</translation>
        </message>
        <message>
            <source>After a revision</source>
            <translation>بعد نسخة جديدة</translation>
        </message>
        <message>
            <source>At a checkpoint</source>
            <translation>عند نقطة متابعة</translation>
        </message>
        <message>
            <source>At the end of a goal</source>
            <translation>في نهاية هدف</translation>
        </message>
        <message>
            <source>Choosing work to show</source>
            <translation>اختيار أعمال للعرض</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>مدمج</translation>
        </message>
        <message>
            <source>Teacher's pack</source>
            <translation>حزمة المعلّم</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>أسئلتي</translation>
        </message>
        <message>
            <source>On my own</source>
            <translation>وحدي</translation>
        </message>
        <message>
            <source>With a friend</source>
            <translation>مع صديق</translation>
        </message>
        <message>
            <source>In a group</source>
            <translation>في مجموعة</translation>
        </message>
        <message>
            <source>With an expert</source>
            <translation>مع خبير</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>القراءة</translation>
        </message>
        <message>
            <source>Making</source>
            <translation>الصنع</translation>
        </message>
        <message>
            <source>Talking</source>
            <translation>الحديث</translation>
        </message>
        <message>
            <source>Watching</source>
            <translation>المشاهدة</translation>
        </message>
        <message>
            <source>Practising</source>
            <translation>التمرّن</translation>
        </message>
        <message>
            <source>Teaching others</source>
            <translation>تعليم الآخرين</translation>
        </message>
        <message>
            <source>Morning</source>
            <translation>الصباح</translation>
        </message>
        <message>
            <source>Afternoon</source>
            <translation>بعد الظهر</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>المساء</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>الليل</translation>
        </message>
        <message>
            <source>Classroom</source>
            <translation>الصف</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>المكتبة</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>البيت</translation>
        </message>
        <message>
            <source>Outdoors</source>
            <translation>في الهواء الطلق</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>المختبر</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>عبر الإنترنت</translation>
        </message>
        <message>
            <source>Low energy</source>
            <translation>طاقة منخفضة</translation>
        </message>
        <message>
            <source>Some energy</source>
            <translation>بعض الطاقة</translation>
        </message>
        <message>
            <source>Lots of energy</source>
            <translation>طاقة كبيرة</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>أين</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>مع من</translation>
        </message>
        <message>
            <source>How</source>
            <translation>كيف</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>وقت اليوم</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>الطاقة</translation>
        </message>
    </context>
    <context>
        <name>ReflectionEditor</name>
        <message>
            <source>Your answer</source>
            <translation>إجابتك</translation>
        </message>
        <message>
            <source>Write as much or as little as you like…</source>
            <translation>اكتب بقدر ما تشاء، قليلًا أو كثيرًا…</translation>
        </message>
        <message>
            <source>How did the learning go? (optional)</source>
            <translation>كيف سار التعلّم؟ (اختياري)</translation>
        </message>
        <message>
            <source>Show learning conditions</source>
            <translation>عرض ظروف التعلّم</translation>
        </message>
        <message>
            <source>Save answer</source>
            <translation>حفظ الإجابة</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancel answer</source>
            <translation>إلغاء الإجابة</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>حفظ التغييرات</translation>
        </message>
        <message>
            <source>Your answer isn't saved</source>
            <translation>لم تُحفظ إجابتك</translation>
        </message>
        <message>
            <source>You've written an answer but haven't saved it. If you leave it now, what you wrote is lost. Keep writing?</source>
            <translation>كتبتَ إجابة ولم تحفظها. إذا تركتها الآن فسيضيع ما كتبته. هل تتابع الكتابة؟</translation>
        </message>
        <message>
            <source>Discard my answer</source>
            <translation>تجاهل إجابتي</translation>
        </message>
        <message>
            <source>Keep writing</source>
            <translation>متابعة الكتابة</translation>
        </message>
        <message>
            <source>Your answer wasn't saved</source>
            <translation>لم تُحفظ إجابتك</translation>
        </message>
    </context>
    <context>
        <name>ReviewFeedbackPanel</name>
        <message>
            <source>Your feedback</source>
            <translation>ملاحظاتك</translation>
        </message>
        <message>
            <source>Your name, as the student will see it</source>
            <translation>اسمك كما سيراه الطالب</translation>
        </message>
        <message>
            <source>Your name, e.g. Ms Park</source>
            <translation>اسمك، مثلًا: الأستاذة بارك</translation>
        </message>
        <message>
            <source>What your comment is about</source>
            <translation>عمّ يتحدث تعليقك</translation>
        </message>
        <message>
            <source>Your comment</source>
            <translation>تعليقك</translation>
        </message>
        <message>
            <source>Write a comment for the student… (Ctrl+Enter adds it)</source>
            <translation>اكتب تعليقًا للطالب… (Ctrl+Enter يضيفه)</translation>
        </message>
        <message>
            <source>&amp;Add comment</source>
            <translation>إ&amp;ضافة تعليق</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>إضافة تعليق</translation>
        </message>
        <message>
            <source>Add this comment (Ctrl+Enter)</source>
            <translation>إضافة هذا التعليق (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Your comments so far</source>
            <translation>تعليقاتك حتى الآن</translation>
        </message>
        <message>
            <source>&amp;Remove comment</source>
            <translation>إ&amp;زالة التعليق</translation>
        </message>
        <message>
            <source>Remove the chosen comment</source>
            <translation>إزالة التعليق المختار</translation>
        </message>
        <message>
            <source>&amp;Save feedback…</source>
            <translation>&amp;حفظ الملاحظات…</translation>
        </message>
        <message>
            <source>Save feedback</source>
            <translation>حفظ الملاحظات</translation>
        </message>
        <message>
            <source>Save your comments as a feedback file (Ctrl+Shift+S)</source>
            <translation>احفظ تعليقاتك في ملف ملاحظات (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>&amp;About:</source>
            <translation>&amp;عن:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>الا&amp;سم:</translation>
        </message>
        <message>
            <source>Comments so far</source>
            <translation>التعليقات حتى الآن</translation>
        </message>
        <message>
            <source>A teacher</source>
            <translation>معلّم</translation>
        </message>
        <message>
            <source>Feedback already given here: %1</source>
            <translation>ملاحظات سبق تقديمها هنا: %1</translation>
        </message>
        <message>
            <source>That comment can't be added: it needs some text, at most %1 characters.</source>
            <translation>لا يمكن إضافة هذا التعليق: يحتاج إلى نص، بحد أقصى %1 حرفًا.</translation>
        </message>
        <message>
            <source>About %1:</source>
            <translation>عن %1:</translation>
        </message>
        <message>
            <source>No comments yet.</source>
            <translation>لا تعليقات بعد.</translation>
        </message>
        <message>
            <source>Choose what your comment is about, write it, and add it.</source>
            <translation>اختر موضوع تعليقك، واكتبه، ثم أضفه.</translation>
        </message>
        <message>
            <source>No comments yet</source>
            <translation>لا تعليقات بعد</translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s), not saved yet.</source>
            <translation>
                <numerusform>لا تعليقات غير محفوظة.</numerusform>
                <numerusform>تعليق واحد، لم يُحفظ بعد.</numerusform>
                <numerusform>تعليقان، لم يُحفظا بعد.</numerusform>
                <numerusform>%n تعليقات، لم تُحفظ بعد.</numerusform>
                <numerusform>%n تعليقًا، لم تُحفظ بعد.</numerusform>
                <numerusform>%n تعليق، لم تُحفظ بعد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s) not saved yet</source>
            <translation>
                <numerusform>لا تعليقات غير محفوظة</numerusform>
                <numerusform>تعليق واحد لم يُحفظ بعد</numerusform>
                <numerusform>تعليقان لم يُحفظا بعد</numerusform>
                <numerusform>%n تعليقات لم تُحفظ بعد</numerusform>
                <numerusform>%n تعليقًا لم تُحفظ بعد</numerusform>
                <numerusform>%n تعليق لم تُحفظ بعد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s), all saved.</source>
            <translation>
                <numerusform>لا تعليقات.</numerusform>
                <numerusform>تعليق واحد، محفوظ.</numerusform>
                <numerusform>تعليقان، كلاهما محفوظ.</numerusform>
                <numerusform>%n تعليقات، كلها محفوظة.</numerusform>
                <numerusform>%n تعليقًا، كلها محفوظة.</numerusform>
                <numerusform>%n تعليق، كلها محفوظة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s) saved in a feedback file</source>
            <translation>
                <numerusform>لا تعليقات في ملف ملاحظات</numerusform>
                <numerusform>تعليق واحد محفوظ في ملف ملاحظات</numerusform>
                <numerusform>تعليقان محفوظان في ملف ملاحظات</numerusform>
                <numerusform>%n تعليقات محفوظة في ملف ملاحظات</numerusform>
                <numerusform>%n تعليقًا محفوظًا في ملف ملاحظات</numerusform>
                <numerusform>%n تعليق محفوظ في ملف ملاحظات</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <source> — review, read only</source>
            <translation> — مراجعة، للقراءة فقط</translation>
        </message>
        <message>
            <source>Reviewing %1’s portfolio — read only. Your comments go into a feedback file.</source>
            <translation>تراجع ملف إنجاز %1 — للقراءة فقط. تعليقاتك تذهب إلى ملف ملاحظات.</translation>
        </message>
        <message>
            <source>Exported on %1 with Learning Journal %2. Every file in it was checked and is intact. Nothing here is added to your own journal.</source>
            <translation>صُدِّر في %1 بواسطة دفتر التعلّم %2. فُحص كل ملف فيه وهو سليم. لا يُضاف شيء من هنا إلى دفترك أنت.</translation>
        </message>
        <message>
            <source>Your feedback</source>
            <translation>ملاحظاتك</translation>
        </message>
        <message>
            <source>Save &amp;feedback…</source>
            <translation>حفظ ال&amp;ملاحظات…</translation>
        </message>
        <message>
            <source>Save your comments as a feedback file to send to the student</source>
            <translation>احفظ تعليقاتك في ملف ملاحظات لترسله إلى الطالب</translation>
        </message>
        <message>
            <source>C&amp;ontinue earlier feedback…</source>
            <translation>م&amp;تابعة ملاحظات سابقة…</translation>
        </message>
        <message>
            <source>Carry on with a feedback file you saved earlier for this portfolio</source>
            <translation>تابع ملف ملاحظات حفظته سابقًا لملف الإنجاز هذا</translation>
        </message>
        <message>
            <source>&amp;Write a comment</source>
            <translation>ا&amp;كتب تعليقًا</translation>
        </message>
        <message>
            <source>Go to the comment box</source>
            <translation>الانتقال إلى مربع التعليق</translation>
        </message>
        <message>
            <source>E&amp;xhibitions</source>
            <translation>ال&amp;معارض</translation>
        </message>
        <message>
            <source>Open it in your browser</source>
            <translation>افتحه في متصفحك</translation>
        </message>
        <message>
            <source>Panel feedback on “{title}”…</source>
            <translation>ملاحظات اللجنة على «{title}»…</translation>
        </message>
        <message>
            <source>Add a comment first, then save.</source>
            <translation>أضف تعليقًا أولًا، ثم احفظ.</translation>
        </message>
        <message>
            <source>Save your feedback</source>
            <translation>حفظ ملاحظاتك</translation>
        </message>
        <message>
            <source>Feedback files (*%1)</source>
            <translation>ملفات الملاحظات (*%1)</translation>
        </message>
        <message>
            <source>Your feedback was not saved</source>
            <translation>لم تُحفظ ملاحظاتك</translation>
        </message>
        <message>
            <source>Saved your feedback to %1. Send this file to the student.</source>
            <translation>حُفظت ملاحظاتك في %1. أرسل هذا الملف إلى الطالب.</translation>
        </message>
        <message>
            <source>Continue earlier feedback</source>
            <translation>متابعة ملاحظات سابقة</translation>
        </message>
        <message>
            <source>That feedback can't be continued here</source>
            <translation>لا يمكن متابعة هذه الملاحظات هنا</translation>
        </message>
        <message>
            <source>Carrying on with the feedback you saved earlier.</source>
            <translation>تتابع الملاحظات التي حفظتها سابقًا.</translation>
        </message>
    </context>
    <context>
        <name>RevisionHistory</name>
        <message>
            <source>Draft %1</source>
            <translation>المسودة %1</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>اليوم، %1</translation>
        </message>
        <message>
            <source>Yesterday, %1</source>
            <translation>أمس، %1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>date, time</comment>
            <translation>%1، %2</translation>
        </message>
        <message>
            <source>Words added: %1, taken out: %2</source>
            <translation>كلمات أُضيفت: %1، وحُذفت: %2</translation>
        </message>
        <message>
            <source>Restored from an earlier draft</source>
            <translation>استُعيدت من مسودة سابقة</translation>
        </message>
        <message>
            <source>Restored from draft %1</source>
            <translation>استُعيدت من المسودة %1</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>حُفظت</translation>
        </message>
        <message>
            <source>Kept when you moved to another entry</source>
            <translation>حُفظت حين انتقلت إلى تدوينة أخرى</translation>
        </message>
        <message>
            <source>Kept after a pause in writing</source>
            <translation>حُفظت بعد توقّف عن الكتابة</translation>
        </message>
        <message>
            <source>Kept when you closed the app</source>
            <translation>حُفظت حين أغلقت التطبيق</translation>
        </message>
        <message>
            <source>Brought in from a portfolio</source>
            <translation>جُلبت من ملف إنجاز</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>reason, note</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>First draft</source>
            <translation>المسودة الأولى</translation>
        </message>
    </context>
    <context>
        <name>RevisionHistoryModel</name>
        <message>
            <source>Draft</source>
            <translation>المسودة</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>الحفظ</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>التغيير</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>الكلمات</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Each saved version of this entry, numbered from the first</source>
            <translation>كل نسخة محفوظة من هذه التدوينة، مرقّمة من الأولى</translation>
        </message>
        <message>
            <source>When this version was saved</source>
            <translation>متى حُفظت هذه النسخة</translation>
        </message>
        <message>
            <source>Words added (+) and taken out (−) since the version before</source>
            <translation>الكلمات المضافة (+) والمحذوفة (−) منذ النسخة السابقة</translation>
        </message>
        <message>
            <source>How many words this version has</source>
            <translation>عدد كلمات هذه النسخة</translation>
        </message>
        <message>
            <source>What you changed and why</source>
            <translation>ماذا غيّرت ولماذا</translation>
        </message>
        <message>
            <source> (latest)</source>
            <translation> (الأحدث)</translation>
        </message>
        <message>
            <source>Words in all: %1</source>
            <translation>مجموع الكلمات: %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>ملاحظة: %1</translation>
        </message>
    </context>
    <context>
        <name>RevisionHistoryPanel</name>
        <message>
            <source>Revision history</source>
            <translation>سجل النسخ</translation>
        </message>
        <message>
            <source>Saved drafts</source>
            <translation>المسودات المحفوظة</translation>
        </message>
        <message>
            <source>Pick one draft to read it, or two drafts to compare them.</source>
            <translation>اختر مسودة لتقرأها، أو مسودتين لتقارن بينهما.</translation>
        </message>
        <message>
            <source>What Compare will show</source>
            <translation>ما ستُظهره المقارنة</translation>
        </message>
        <message>
            <source>Title of the draft</source>
            <translation>عنوان المسودة</translation>
        </message>
        <message>
            <source>About the draft</source>
            <translation>عن المسودة</translation>
        </message>
        <message>
            <source>Text of the draft</source>
            <translation>نص المسودة</translation>
        </message>
        <message>
            <source>Read-only: restore it to write on it</source>
            <translation>للقراءة فقط: استعدها لتكتب فيها</translation>
        </message>
        <message>
            <source>Pick a draft above to read it here.</source>
            <translation>اختر مسودة من الأعلى لتقرأها هنا.</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;قارن</translation>
        </message>
        <message>
            <source>See what changed, side by side</source>
            <translation>اعرف ما الذي تغيّر، جنبًا إلى جنب</translation>
        </message>
        <message>
            <source>&amp;Restore this version</source>
            <translation>ا&amp;ستعد هذه النسخة</translation>
        </message>
        <message>
            <source>Make this draft the current text again (nothing is lost)</source>
            <translation>اجعل هذه المسودة النص الحالي مرة أخرى (لا يضيع شيء)</translation>
        </message>
        <message>
            <source>C&amp;opy text</source>
            <translation>ان&amp;سخ النص</translation>
        </message>
        <message>
            <source>Copy this draft's text to paste it somewhere else</source>
            <translation>انسخ نص هذه المسودة لتلصقه في مكان آخر</translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>نسخ النص</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>مقارنة</translation>
        </message>
        <message>
            <source>Restore this version</source>
            <translation>استعادة هذه النسخة</translation>
        </message>
        <message>
            <source>Copied the text of %1. Paste it anywhere with Ctrl+V.</source>
            <translation>نُسخ نص %1. الصقه أينما شئت بـ Ctrl+V.</translation>
        </message>
        <message>
            <source>Pick an entry to see all its drafts.</source>
            <translation>اختر تدوينة لترى كل مسوداتها.</translation>
        </message>
        <message>
            <source>No saved drafts yet. Save this entry and each version will be kept here.</source>
            <translation>لا مسودات محفوظة بعد. احفظ هذه التدوينة وستُحفظ كل نسخة هنا.</translation>
        </message>
        <message>
            <source>This is the first draft. Save again later to see how your work grows.</source>
            <translation>هذه هي المسودة الأولى. احفظ مرة أخرى لاحقًا لترى كيف ينمو عملك.</translation>
        </message>
        <message>
            <source>Pick a draft to read it, or two to compare them.</source>
            <translation>اختر مسودة لتقرأها، أو اثنتين لتقارن بينهما.</translation>
        </message>
        <message>
            <source>Compare shows what changed in the latest draft.</source>
            <translation>المقارنة تُظهر ما تغيّر في أحدث مسودة.</translation>
        </message>
        <message>
            <source>Compare shows what changed from %1 to the latest draft.</source>
            <translation>المقارنة تُظهر ما تغيّر من %1 إلى أحدث مسودة.</translation>
        </message>
        <message>
            <source>Compare shows what changed from %1 to %2.</source>
            <translation>المقارنة تُظهر ما تغيّر من %1 إلى %2.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>Words: %1</source>
            <translation>الكلمات: %1</translation>
        </message>
        <message>
            <source>Files: %1</source>
            <translation>الملفات: %1</translation>
        </message>
        <message>
            <source>This draft could not be read.</source>
            <translation>تعذّرت قراءة هذه المسودة.</translation>
        </message>
    </context>
    <context>
        <name>ScaleGroup</name>
        <message>
            <source>%1: 1, %2</source>
            <comment>scale, low end</comment>
            <translation>%1: 1، %2</translation>
        </message>
        <message>
            <source>%1: 5, %2</source>
            <comment>scale, high end</comment>
            <translation>%1: 5، %2</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <comment>scale ends</comment>
            <translation>%1 ← %2</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Everything you can do from the keyboard in this window:</source>
            <translation>كل ما يمكنك فعله بلوحة المفاتيح في هذه النافذة:</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
    </context>
    <context>
        <name>StartupFrame</name>
        <message>
            <source>Learning Journal</source>
            <translation>دفتر التعلّم</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>ا&amp;نتقال</translation>
        </message>
        <message>
            <source>&amp;Reflect</source>
            <translation>ت&amp;أمّل</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>Search my journal…</source>
            <translation>ابحث في دفتري…</translation>
        </message>
        <message>
            <source>Search entries</source>
            <translation>البحث في التدوينات</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>التدوينات</translation>
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation>جارٍ فتح دفترك…</translation>
        </message>
        <message>
            <source>&amp;Bring my journal back</source>
            <translation>أ&amp;عد دفتري</translation>
        </message>
        <message>
            <source>Bring my journal back from its backup</source>
            <translation>أعد دفتري من نسخته الاحتياطية</translation>
        </message>
        <message>
            <source>&amp;Open my journal</source>
            <translation>ا&amp;فتح دفتري</translation>
        </message>
        <message>
            <source>Open my journal</source>
            <translation>افتح دفتري</translation>
        </message>
        <message>
            <source>Choose your journal.</source>
            <translation>اختر دفترك.</translation>
        </message>
        <message>
            <source>The journal is not open.</source>
            <translation>الدفتر غير مفتوح.</translation>
        </message>
        <message>
            <source>Your journal file is damaged, so it can't be opened as it is.

Learning Journal can bring it back from its newest good backup, then rescue everything newer that can still be read. The damaged file is kept aside, so nothing is thrown away.</source>
            <translation>ملف دفترك تالف، لذلك لا يمكن فتحه كما هو.

يستطيع دفتر التعلّم إعادته من أحدث نسخة احتياطية سليمة، ثم إنقاذ كل ما هو أحدث منها ويمكن قراءته. يُحفظ الملف التالف جانبًا، فلا يُرمى شيء.</translation>
        </message>
        <message>
            <source>Your journal is back.</source>
            <translation>عاد دفترك.</translation>
        </message>
    </context>
    <context>
        <name>StudentFeedbackPanel</name>
        <message>
            <source>Feedback</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Comments from your teacher</source>
            <translation>تعليقات معلّمك</translation>
        </message>
        <message>
            <source>&amp;Next new comment</source>
            <translation>التعليق الجديد ال&amp;تالي</translation>
        </message>
        <message>
            <source>Go to the next new comment</source>
            <translation>الانتقال إلى التعليق الجديد التالي</translation>
        </message>
        <message>
            <source>Show the next entry or goal with a new comment</source>
            <translation>عرض التدوينة أو الهدف التالي الذي فيه تعليق جديد</translation>
        </message>
        <message>
            <source>Feedback on this goal</source>
            <translation>ملاحظات على هذا الهدف</translation>
        </message>
        <message>
            <source>Feedback on this entry</source>
            <translation>ملاحظات على هذه التدوينة</translation>
        </message>
        <message>
            <source>Your teacher</source>
            <translation>معلّمك</translation>
        </message>
        <message>
            <source>%1 on %2, %3</source>
            <translation>%1 في %2، %3</translation>
        </message>
        <message>
            <source>New</source>
            <translation>جديد</translation>
        </message>
        <message>
            <source>No feedback on this goal yet.</source>
            <translation>لا ملاحظات على هذا الهدف بعد.</translation>
        </message>
        <message>
            <source>No feedback on this entry yet. When your teacher sends you a feedback file, add it with File → Import…</source>
            <translation>لا ملاحظات على هذه التدوينة بعد. حين يرسل لك معلّمك ملف ملاحظات، أضفه من «ملف ← استيراد…»</translation>
        </message>
        <message>
            <source>Open an entry or a goal to see its feedback.</source>
            <translation>افتح تدوينة أو هدفًا لترى ملاحظاته.</translation>
        </message>
        <message numerus="yes">
            <source>%n new comment(s) on other entries or goals.</source>
            <translation>
                <numerusform>لا تعليقات جديدة على تدوينات أو أهداف أخرى.</numerusform>
                <numerusform>تعليق جديد واحد على تدوينات أو أهداف أخرى.</numerusform>
                <numerusform>تعليقان جديدان على تدوينات أو أهداف أخرى.</numerusform>
                <numerusform>%n تعليقات جديدة على تدوينات أو أهداف أخرى.</numerusform>
                <numerusform>%n تعليقًا جديدًا على تدوينات أو أهداف أخرى.</numerusform>
                <numerusform>%n تعليق جديد على تدوينات أو أهداف أخرى.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <source>New entry from a template</source>
            <translation>تدوينة جديدة من قالب</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>القوالب</translation>
        </message>
        <message>
            <source>What the new entry starts with</source>
            <translation>ما تبدأ به التدوينة الجديدة</translation>
        </message>
        <message>
            <source>&amp;Delete my template</source>
            <translation>&amp;حذف قالبي</translation>
        </message>
        <message>
            <source>Delete the selected template of mine</source>
            <translation>حذف القالب المختار من قوالبي</translation>
        </message>
        <message>
            <source>Start writing</source>
            <translation>ابدأ الكتابة</translation>
        </message>
        <message>
            <source>Start a new entry from this template</source>
            <translation>ابدأ تدوينة جديدة من هذا القالب</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Start from a shape that helps you think:</source>
            <translation>ابدأ بشكل يساعدك على التفكير:</translation>
        </message>
        <message>
            <source>%1 (mine)</source>
            <translation>%1 (قالبي)</translation>
        </message>
        <message>
            <source>Delete this template?</source>
            <translation>هل تحذف هذا القالب؟</translation>
        </message>
        <message>
            <source>“%1” will be deleted. Entries made from it keep their text.</source>
            <translation>سيُحذف «%1». التدوينات التي صُنعت منه تحتفظ بنصها.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>The template could not be deleted</source>
            <translation>تعذّر حذف القالب</translation>
        </message>
    </context>
    <context>
        <name>ThenNowCard</name>
        <message>
            <source>Then</source>
            <translation>في البداية</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>الآن</translation>
        </message>
        <message>
            <source>Then and now: %1</source>
            <translation>في البداية والآن: %1</translation>
        </message>
        <message>
            <source>Then: %1 — Now: %2</source>
            <translation>في البداية: %1 — الآن: %2</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>The folder {folder} does not exist; choose another place to save.</source>
            <translation>المجلد {folder} غير موجود؛ اختر مكانًا آخر للحفظ.</translation>
        </message>
        <message>
            <source>The picture could not be saved to {path}; check the folder can be written to.</source>
            <translation>تعذّر حفظ الصورة في {path}؛ تأكّد من إمكانية الكتابة في المجلد.</translation>
        </message>
        <message>
            <source>Made with Learning Journal</source>
            <translation>صُنع بدفتر التعلّم</translation>
        </message>
        <message>
            <source>The drawing could not be saved to {path}; check the folder can be written to.</source>
            <translation>تعذّر حفظ الرسم في {path}؛ تأكّد من إمكانية الكتابة في المجلد.</translation>
        </message>
        <message>
            <source>Term {number}</source>
            <translation>الفصل {number}</translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
        <message>
            <source>Timeline tools</source>
            <translation>أدوات الخط الزمني</translation>
        </message>
        <message>
            <source>Pick an entry on the timeline and press G to see how it grew, draft by draft.</source>
            <translation>اختر تدوينة على الخط الزمني واضغط G لترى كيف نمت، مسودة بعد مسودة.</translation>
        </message>
        <message>
            <source>Timeline views</source>
            <translation>عروض الخط الزمني</translation>
        </message>
        <message>
            <source>How it grew</source>
            <translation>كيف نمت</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>النشاط</translation>
        </message>
        <message>
            <source>Show &amp;everything</source>
            <translation>عرض &amp;كل شيء</translation>
        </message>
        <message>
            <source>Show every entry on the timeline</source>
            <translation>عرض كل التدوينات على الخط الزمني</translation>
        </message>
        <message>
            <source>words “%1”</source>
            <translation>الكلمات «%1»</translation>
        </message>
        <message>
            <source>tag %1</source>
            <translation>الوسم %1</translation>
        </message>
        <message numerus="yes">
            <source>%n attribute(s)</source>
            <translation>
                <numerusform>لا سمات</numerusform>
                <numerusform>سمة واحدة</numerusform>
                <numerusform>سمتان</numerusform>
                <numerusform>%n سمات</numerusform>
                <numerusform>%n سمة</numerusform>
                <numerusform>%n سمة</numerusform>
            </translation>
        </message>
        <message>
            <source>a date range</source>
            <translation>فترة زمنية</translation>
        </message>
        <message>
            <source>one goal</source>
            <translation>هدف واحد</translation>
        </message>
        <message>
            <source>Only entries that match your search on the Journal page are shown (%1).</source>
            <translation>تظهر فقط التدوينات التي تطابق بحثك في صفحة الدفتر (%1).</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>Drafts: {count}</source>
            <translation>المسودات: {count}</translation>
        </message>
        <message>
            <source>Entries: {count}</source>
            <translation>التدوينات: {count}</translation>
        </message>
        <message>
            <source>Click to zoom in</source>
            <translation>انقر للتكبير</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <source>Checkpoints done: {done} of {total}</source>
            <translation>نقاط المتابعة المنجزة: {done} من {total}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>أُنجز</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>قادم</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>لم يُنجز بعد</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>نقطة متابعة</translation>
        </message>
        <message>
            <source>Reflections: {count}</source>
            <translation>التأملات: {count}</translation>
        </message>
        <message>
            <source>Feedback: {count}</source>
            <translation>الملاحظات: {count}</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>تأمل</translation>
        </message>
        <message>
            <source>Feedback from {name}</source>
            <translation>ملاحظات من {name}</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>شخص ما</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>الأهداف</translation>
        </message>
        <message>
            <source>Reflections, feedback</source>
            <translation>التأملات والملاحظات</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Entry (bigger: more drafts)</source>
            <translation>تدوينة (الأكبر: مسودات أكثر)</translation>
        </message>
        <message>
            <source>Many entries (count)</source>
            <translation>تدوينات كثيرة (العدد)</translation>
        </message>
        <message>
            <source>Drafts (zoom in)</source>
            <translation>المسودات (كبّر لتراها)</translation>
        </message>
        <message>
            <source>Checkpoint done</source>
            <translation>نقطة متابعة منجزة</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>فات موعده</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>No entries match these filters.</source>
            <translation>لا توجد تدوينات تطابق عوامل التصفية هذه.</translation>
        </message>
        <message>
            <source>Nothing here yet: your entries will appear here as you write them.</source>
            <translation>لا شيء هنا بعد: ستظهر تدويناتك هنا كلما كتبت.</translation>
        </message>
        <message>
            <source>Lanes: attributes</source>
            <translation>المسارات: السمات</translation>
        </message>
        <message>
            <source>Lanes: goals</source>
            <translation>المسارات: الأهداف</translation>
        </message>
        <message>
            <source>Lanes: tags</source>
            <translation>المسارات: الوسوم</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
        <message>
            <source>Your work over time. Plus and minus zoom, arrows move along, Home shows everything. N goes to the next entry, P to the previous one, L changes lane, Enter opens the entry, G shows how it grew. Its entries and months are listed inside it.</source>
            <translation>عملك عبر الزمن. زائد وناقص للتكبير والتصغير، والأسهم للتنقل، وHome يعرض كل شيء. N ينتقل إلى التدوينة التالية وP إلى السابقة، وL يغيّر المسار، وEnter يفتح التدوينة، وG يُظهر كيف نمت. تدويناته وأشهره مذكورة في داخله.</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Other tags</source>
            <translation>وسوم أخرى</translation>
        </message>
        <message>
            <source>Not linked to a goal</source>
            <translation>غير مرتبطة بهدف</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>التدوينات</translation>
        </message>
        <message>
            <source>{title}, {day}, drafts: {count}, lane: {lane}</source>
            <translation>{title}، {day}، المسودات: {count}، المسار: {lane}</translation>
        </message>
        <message>
            <source>Timeline: {item}</source>
            <translation>الخط الزمني: {item}</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n entry(s)</source>
            <translation>
                <numerusform>%1: لا تدوينات</numerusform>
                <numerusform>%1: تدوينة واحدة</numerusform>
                <numerusform>%1: تدوينتان</numerusform>
                <numerusform>%1: %n تدوينات</numerusform>
                <numerusform>%1: %n تدوينة</numerusform>
                <numerusform>%1: %n تدوينة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Entry with %n draft(s)</source>
            <translation>
                <numerusform>تدوينة بلا مسودات</numerusform>
                <numerusform>تدوينة بمسودة واحدة</numerusform>
                <numerusform>تدوينة بمسودتين</numerusform>
                <numerusform>تدوينة بـ%n مسودات</numerusform>
                <numerusform>تدوينة بـ%n مسودة</numerusform>
                <numerusform>تدوينة بـ%n مسودة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %2, %n draft(s)</source>
            <comment>title, day</comment>
            <translation>
                <numerusform>%1، %2، لا مسودات</numerusform>
                <numerusform>%1، %2، مسودة واحدة</numerusform>
                <numerusform>%1، %2، مسودتان</numerusform>
                <numerusform>%1، %2، %n مسودات</numerusform>
                <numerusform>%1، %2، %n مسودة</numerusform>
                <numerusform>%1، %2، %n مسودة</numerusform>
            </translation>
        </message>
        <message>
            <source>Learning Journal timeline</source>
            <translation>الخط الزمني في دفتر التعلّم</translation>
        </message>
        <message>
            <source>Save the timeline as a picture</source>
            <translation>حفظ الخط الزمني كصورة</translation>
        </message>
        <message>
            <source>PNG picture (*.png)</source>
            <translation>صورة PNG (*.png)</translation>
        </message>
        <message>
            <source>Save the timeline as a drawing</source>
            <translation>حفظ الخط الزمني كرسم</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>رسم SVG (*.svg)</translation>
        </message>
        <message>
            <source>Show everything</source>
            <translation>عرض كل شيء</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>تكبير</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>تصغير</translation>
        </message>
        <message>
            <source>Lanes by attribute</source>
            <translation>مسارات حسب السمة</translation>
        </message>
        <message>
            <source>Lanes by goal</source>
            <translation>مسارات حسب الهدف</translation>
        </message>
        <message>
            <source>Lanes by tag</source>
            <translation>مسارات حسب الوسم</translation>
        </message>
        <message>
            <source>Save as picture (PNG)…</source>
            <translation>حفظ كصورة (PNG)…</translation>
        </message>
        <message>
            <source>Save as drawing (SVG)…</source>
            <translation>حفظ كرسم (SVG)…</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Change my &amp;name</source>
            <translation>تغ&amp;يير اسمي</translation>
        </message>
        <message>
            <source>Change my name</source>
            <translation>تغيير اسمي</translation>
        </message>
        <message>
            <source>The name on this journal and on the portfolios you export</source>
            <translation>الاسم على هذا الدفتر وعلى ملفات الإنجاز التي تصدّرها</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <source>Your name, then Enter</source>
            <translation>اكتب اسمك ثم اضغط Enter</translation>
        </message>
        <message>
            <source>Write a new entry</source>
            <translation>اكتب تدوينة جديدة</translation>
        </message>
        <message>
            <source>Start a new entry (Ctrl+N)</source>
            <translation>ابدأ تدوينة جديدة (Ctrl+N)</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>مرحبًا يا %1</translation>
        </message>
        <message>
            <source>Hello</source>
            <translation>مرحبًا</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Trash</source>
            <translation>سلة المهملات</translation>
        </message>
        <message>
            <source>Entries in the trash</source>
            <translation>التدوينات في سلة المهملات</translation>
        </message>
        <message>
            <source>Entries here keep all their drafts. Restore one to put it back in your journal.</source>
            <translation>التدوينات هنا تحتفظ بكل مسوداتها. استعد إحداها لتعيدها إلى دفترك.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>ا&amp;ستعادة</translation>
        </message>
        <message>
            <source>Restore selected entries</source>
            <translation>استعادة التدوينات المختارة</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>إ&amp;فراغ السلة…</translation>
        </message>
        <message>
            <source>Empty the trash</source>
            <translation>إفراغ سلة المهملات</translation>
        </message>
        <message>
            <source>Close the trash</source>
            <translation>إغلاق سلة المهملات</translation>
        </message>
        <message>
            <source>Empty the trash?</source>
            <translation>هل تفرغ سلة المهملات؟</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) and all their drafts will be deleted for good. This can't be undone.</source>
            <translation>
                <numerusform>لا توجد تدوينات لحذفها.</numerusform>
                <numerusform>ستُحذف تدوينة واحدة وكل مسوداتها نهائيًا. لا يمكن التراجع عن ذلك.</numerusform>
                <numerusform>ستُحذف تدوينتان وكل مسوداتهما نهائيًا. لا يمكن التراجع عن ذلك.</numerusform>
                <numerusform>ستُحذف %n تدوينات وكل مسوداتها نهائيًا. لا يمكن التراجع عن ذلك.</numerusform>
                <numerusform>ستُحذف %n تدوينة وكل مسوداتها نهائيًا. لا يمكن التراجع عن ذلك.</numerusform>
                <numerusform>ستُحذف %n تدوينة وكل مسوداتها نهائيًا. لا يمكن التراجع عن ذلك.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>حذف نهائي</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock your journal</source>
            <translation>افتح قفل دفترك</translation>
        </message>
        <message>
            <source>Journal folder</source>
            <translation>مجلد الدفتر</translation>
        </message>
        <message>
            <source>Use my &amp;recovery key instead</source>
            <translation>استخدم &amp;مفتاح الاسترداد بدلًا منها</translation>
        </message>
        <message>
            <source>Use recovery key</source>
            <translation>استخدام مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>Unlock message</source>
            <translation>رسالة فتح القفل</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;فتح</translation>
        </message>
        <message>
            <source>Open the journal</source>
            <translation>فتح الدفتر</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Type the recovery key you were given when you locked this journal.</source>
            <translation>اكتب مفتاح الاسترداد الذي حصلت عليه عندما قفلت هذا الدفتر.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>ABCDE-FGHIJ-…</source>
            <translation>ABCDE-FGHIJ-…</translation>
        </message>
        <message>
            <source>This journal is locked. Type its passphrase to open it.</source>
            <translation>هذا الدفتر مقفل. اكتب عبارة المرور لفتحه.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
        <message>
            <source>The journal could not be unlocked (%1).</source>
            <translation>تعذّر فتح قفل الدفتر (%1).</translation>
        </message>
        <message numerus="yes">
            <source>You can try again in %n second(s).</source>
            <translation>
                <numerusform>يمكنك المحاولة مرة أخرى الآن.</numerusform>
                <numerusform>يمكنك المحاولة مرة أخرى بعد ثانية واحدة.</numerusform>
                <numerusform>يمكنك المحاولة مرة أخرى بعد ثانيتين.</numerusform>
                <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثوانٍ.</numerusform>
                <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
                <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
            </translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>حاول مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>WeeklyCountsModel</name>
        <message>
            <source>Week of</source>
            <translation>أسبوع</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>التدوينات</translation>
        </message>
        <message>
            <source>Drafts saved</source>
            <translation>المسودات المحفوظة</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>التأملات</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome</source>
            <translation>أهلًا بك</translation>
        </message>
        <message>
            <source>Welcome to your Learning Journal</source>
            <translation>أهلًا بك في دفتر تعلّمك</translation>
        </message>
        <message>
            <source>This is your place to keep your work and the story of how it grew. Every draft is saved, so you can always look back and see how far you've come.</source>
            <translation>هذا مكانك لتحتفظ بأعمالك وبقصة نموّها. كل مسودة تُحفظ، فتستطيع دائمًا أن تنظر إلى الوراء وترى كم تقدّمت.</translation>
        </message>
        <message>
            <source>&amp;What's your name?</source>
            <translation>ما ا&amp;سمك؟</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <source>We use it when you share a portfolio, so your teacher knows whose work it is. You can change it later.</source>
            <translation>نستخدمه حين تشارك ملف إنجاز، ليعرف معلّمك صاحب العمل. يمكنك تغييره لاحقًا.</translation>
        </message>
        <message>
            <source>Your journal is kept in this &amp;folder:</source>
            <translation>دفترك محفوظ في هذا ال&amp;مجلد:</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>مجلد البيانات</translation>
        </message>
        <message>
            <source>Everything stays on this computer unless you choose to share it.</source>
            <translation>كل شيء يبقى على هذا الحاسوب ما لم تختر مشاركته.</translation>
        </message>
        <message>
            <source>Open a &amp;sample journal to explore</source>
            <translation>افتح دفترًا &amp;نموذجيًا لتستكشفه</translation>
        </message>
        <message>
            <source>Open a sample journal to explore</source>
            <translation>افتح دفترًا نموذجيًا لتستكشفه</translation>
        </message>
        <message>
            <source>A made-up student's year of entries, to look around and try things out. Your own journal stays empty and ready for you.</source>
            <translation>سنة متخيَّلة من تدوينات طالب، لتتجوّل فيها وتجرّب الأشياء. يبقى دفترك أنت فارغًا وجاهزًا لك.</translation>
        </message>
        <message>
            <source>Let's &amp;start</source>
            <translation>هيا &amp;نبدأ</translation>
        </message>
        <message>
            <source>Let's start</source>
            <translation>هيا نبدأ</translation>
        </message>
    </context>
    <context>
        <name>WhoIsWriting</name>
        <message>
            <source>Who's writing?</source>
            <translation>من يكتب الآن؟</translation>
        </message>
        <message>
            <source>Type your name to open your journal.</source>
            <translation>اكتب اسمك لتفتح دفترك.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <source>&amp;Open my journal</source>
            <translation>ا&amp;فتح دفتري</translation>
        </message>
        <message>
            <source>Open my journal</source>
            <translation>افتح دفتري</translation>
        </message>
        <message>
            <source>Choose your journal. Each student's journal is their own.</source>
            <translation>اختر دفترك. لكل طالب دفتره الخاص.</translation>
        </message>
        <message>
            <source>A journal with no name yet (%1)</source>
            <translation>دفتر بلا اسم بعد (%1)</translation>
        </message>
        <message>
            <source>Open the journal of %1</source>
            <translation>فتح دفتر %1</translation>
        </message>
        <message>
            <source>&amp;Add my journal</source>
            <translation>أنشئ &amp;دفتري</translation>
        </message>
        <message>
            <source>Add my journal</source>
            <translation>أنشئ دفتري</translation>
        </message>
        <message>
            <source>Start a new journal of your own on this computer</source>
            <translation>بدء دفتر جديد خاص بك على هذا الحاسوب</translation>
        </message>
        <message>
            <source>No journal on this computer has that name. Check how it is spelled, or add your journal.</source>
            <translation>لا يوجد على هذا الحاسوب دفتر بهذا الاسم. تحقّق من طريقة كتابته، أو أنشئ دفترك.</translation>
        </message>
    </context>
    <context>
        <name>WindowFit</name>
        <message>
            <source>Close the %1 panel</source>
            <translation>أغلق لوحة %1</translation>
        </message>
        <message>
            <source>Float or dock the %1 panel</source>
            <translation>افصل لوحة %1 أو ثبّتها</translation>
        </message>
    </context>
    <context>
        <name>_DraftCard</name>
        <message>
            <source>Draft {number}</source>
            <translation>المسودة {number}</translation>
        </message>
        <message>
            <source>No note for this draft.</source>
            <translation>لا ملاحظة لهذه المسودة.</translation>
        </message>
        <message>
            <source>More files: {count}</source>
            <translation>ملفات أخرى: {count}</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>مقارنة</translation>
        </message>
        <message>
            <source>Compare draft {number}</source>
            <translation>مقارنة المسودة {number}</translation>
        </message>
        <message>
            <source>Words: {words}</source>
            <translation>الكلمات: {words}</translation>
        </message>
        <message>
            <source>Words: {words} (+{added} / −{removed})</source>
            <translation>الكلمات: {words} (+{added} / −{removed})</translation>
        </message>
    </context>
    <context>
        <name>_GrowthChart</name>
        <message>
            <source>Words in each draft over time</source>
            <translation>كلمات كل مسودة عبر الزمن</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>الكلمات</translation>
        </message>
    </context>
    <context>
        <name>_Heatmap</name>
        <message>
            <source>Calendar of writing days</source>
            <translation>تقويم أيام الكتابة</translation>
        </message>
        <message>
            <source>Arrow keys move from day to day; each day says how many drafts were saved.</source>
            <translation>مفاتيح الأسهم تنقلك من يوم إلى يوم؛ وكل يوم يخبرك كم مسودة حُفظت فيه.</translation>
        </message>
        <message>
            <source>Fewer</source>
            <translation>أقل</translation>
        </message>
        <message>
            <source>More</source>
            <translation>أكثر</translation>
        </message>
        <message>
            <source>{day}: drafts saved: {count}</source>
            <translation>{day}: المسودات المحفوظة: {count}</translation>
        </message>
        <message>
            <source>Calendar of writing days: {day}</source>
            <translation>تقويم أيام الكتابة: {day}</translation>
        </message>
    </context>
</TS>
