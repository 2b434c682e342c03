<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AttachmentsPanel</name>
    <message numerus="yes">
      <source>Removed %n file(s) from this entry. Older revisions still keep them.</source>
      <translation>
        <numerusform>Removed %n file from this entry. Older revisions still keep them.</numerusform>
        <numerusform>Removed %n files from this entry. Older revisions still keep them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Adding %n file(s) to your journal…</source>
      <translation>
        <numerusform>Adding %n file to your journal…</numerusform>
        <numerusform>Adding %n files to your journal…</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClassOverviewDialog</name>
    <message numerus="yes">
      <source>%n portfolio(s). Press Enter or double-click one to review it.</source>
      <translation>
        <numerusform>%n portfolio. Press Enter or double-click one to review it.</numerusform>
        <numerusform>%n portfolios. Press Enter or double-click one to review it.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClassOverviewModel</name>
    <message numerus="yes">
      <source>%n comment(s)</source>
      <translation>
        <numerusform>%n comment</numerusform>
        <numerusform>%n comments</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConditionsTable</name>
    <message numerus="yes">
      <source>%1 of %n reflection(s)</source>
      <translation>
        <numerusform>%1 of %n reflection</numerusform>
        <numerusform>%1 of %n reflections</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DueCheckpointsCard</name>
    <message numerus="yes">
      <source>and %n more on your goals page</source>
      <translation>
        <numerusform>and %n more on your goals page</numerusform>
        <numerusform>and %n more on your goals page</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EntryListModel</name>
    <message numerus="yes">
      <source>%1, %2, %n revision(s)</source>
      <translation>
        <numerusform>%1, %2, %n revision</numerusform>
        <numerusform>%1, %2, %n revisions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new comment(s)</source>
      <translation>
        <numerusform>%n new comment</numerusform>
        <numerusform>%n new comments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n revision(s)</source>
      <translation>
        <numerusform>%n revision</numerusform>
        <numerusform>%n revisions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n draft(s)</source>
      <translation>
        <numerusform>%n draft</numerusform>
        <numerusform>%n drafts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message numerus="yes">
      <source>%1 of %n version(s)</source>
      <translation>
        <numerusform>%1 of %n version</numerusform>
        <numerusform>%1 of %n versions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reflection(s)</source>
      <translation>
        <numerusform>%n reflection</numerusform>
        <numerusform>%n reflections</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s)</source>
      <translation>
        <numerusform>%n file</numerusform>
        <numerusform>%n files</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n attached file(s) are missing from your journal folder</source>
      <translation>
        <numerusform>%n attached file is missing from your journal folder</numerusform>
        <numerusform>%n attached files are missing from your journal folder</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n comment(s)</source>
      <translation>
        <numerusform>%n comment</numerusform>
        <numerusform>%n comments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n entry(s)</source>
      <translation>
        <numerusform>%n entry</numerusform>
        <numerusform>%n entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n version(s)</source>
      <translation>
        <numerusform>%n version</numerusform>
        <numerusform>%n versions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>%n goal</numerusform>
        <numerusform>%n goals</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n attached file(s)</source>
      <translation>
        <numerusform>%n attached file</numerusform>
        <numerusform>%n attached files</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n private entry(s)</source>
      <translation>
        <numerusform>%n private entry</numerusform>
        <numerusform>%n private entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n private goal(s)</source>
      <translation>
        <numerusform>%n private goal</numerusform>
        <numerusform>%n private goals</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n attached file(s) were missing and left out; 'journal check' says why.</source>
      <translation>
        <numerusform>%n attached file was missing and left out; 'journal check' says why.</numerusform>
        <numerusform>%n attached files were missing and left out; 'journal check' says why.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Formatting</name>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n byte</numerusform>
        <numerusform>%n bytes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GoalListModel</name>
    <message numerus="yes">
      <source>%1 of %n step(s) done</source>
      <translation>
        <numerusform>%1 of %n step done</numerusform>
        <numerusform>%1 of %n steps done</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n piece(s) of evidence</source>
      <translation>
        <numerusform>%n piece of evidence</numerusform>
        <numerusform>%n pieces of evidence</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GrowthView</name>
    <message numerus="yes">
      <source>over %n day(s) (%1 – %2)</source>
      <translation>
        <numerusform>over %n day (%1 – %2)</numerusform>
        <numerusform>over %n days (%1 – %2)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportWords</name>
    <message numerus="yes">
      <source>The %n comment(s) from %1 were already in your journal.</source>
      <translation>
        <numerusform>The %n comment from %1 was already in your journal.</numerusform>
        <numerusform>The %n comments from %1 were already in your journal.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Added %n new comment(s) from %1; look for the New mark.</source>
      <translation>
        <numerusform>Added %n new comment from %1; look for the New mark.</numerusform>
        <numerusform>Added %n new comments from %1; look for the New mark.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported the prompt pack “%1” by %2 (%n prompt(s)).</source>
      <translation>
        <numerusform>Imported the prompt pack “%1” by %2 (%n prompt).</numerusform>
        <numerusform>Imported the prompt pack “%1” by %2 (%n prompts).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported the prompt pack “%1” (%n prompt(s)).</source>
      <translation>
        <numerusform>Imported the prompt pack “%1” (%n prompt).</numerusform>
        <numerusform>Imported the prompt pack “%1” (%n prompts).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The %n entry(s) from %1 were already in your journal.</source>
      <translation>
        <numerusform>The %n entry from %1 was already in your journal.</numerusform>
        <numerusform>The %n entries from %1 were already in your journal.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n entry(s) from %1, private until you share them.</source>
      <translation>
        <numerusform>Imported %n entry from %1, private until you share them.</numerusform>
        <numerusform>Imported %n entries from %1, private until you share them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n entry(s) were already here.</source>
      <translation>
        <numerusform>%n entry was already here.</numerusform>
        <numerusform>%n entries were already here.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new entry(s)</source>
      <translation>
        <numerusform>%n new entry</numerusform>
        <numerusform>%n new entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n revision(s)</source>
      <translation>
        <numerusform>%n revision</numerusform>
        <numerusform>%n revisions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>%n goal</numerusform>
        <numerusform>%n goals</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reflection(s)</source>
      <translation>
        <numerusform>%n reflection</numerusform>
        <numerusform>%n reflections</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n entry(s) already here got what was new.</source>
      <translation>
        <numerusform>%n entry already here got what was new.</numerusform>
        <numerusform>%n entries already here got what was new.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>JournalWindow</name>
    <message numerus="yes">
      <source>%n entry(s)</source>
      <translation>
        <numerusform>%n entry</numerusform>
        <numerusform>%n entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n entry(s) match</source>
      <translation>
        <numerusform>%n entry match</numerusform>
        <numerusform>%n entries match</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n word(s)</source>
      <translation>
        <numerusform>%n word</numerusform>
        <numerusform>%n words</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Learning Journal closed unexpectedly last time. Your writing was kept: %n entry(s) have a draft that is newer than their last revision.</source>
      <translation>
        <numerusform>Learning Journal closed unexpectedly last time. Your writing was kept: %n entry has a draft that is newer than their last revision.</numerusform>
        <numerusform>Learning Journal closed unexpectedly last time. Your writing was kept: %n entries have a draft that is newer than their last revision.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LearningProfileView</name>
    <message numerus="yes">
      <source>You've said how well it went in %n reflection(s).</source>
      <translation>
        <numerusform>You've said how well it went in %n reflection.</numerusform>
        <numerusform>You've said how well it went in %n reflections.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n minute(s) ago</source>
      <translation>
        <numerusform>%n minute ago</numerusform>
        <numerusform>%n minutes ago</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MarkdownEditor</name>
    <message numerus="yes">
      <source>%n word(s)</source>
      <translation>
        <numerusform>%n word</numerusform>
        <numerusform>%n words</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OnThisDayCard</name>
    <message numerus="yes">
      <source>%n year(s) ago</source>
      <translation>
        <numerusform>%n year ago</numerusform>
        <numerusform>%n years ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n month(s) ago</source>
      <translation>
        <numerusform>%n month ago</numerusform>
        <numerusform>%n months ago</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PromptLibraryDialog</name>
    <message numerus="yes">
      <source>%1%2 (%n prompt(s))</source>
      <translation>
        <numerusform>%1%2 (%n prompt)</numerusform>
        <numerusform>%1%2 (%n prompts)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Added the pack “%1” (%n prompt(s)).</source>
      <translation>
        <numerusform>Added the pack “%1” (%n prompt).</numerusform>
        <numerusform>Added the pack “%1” (%n prompts).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewFeedbackPanel</name>
    <message numerus="yes">
      <source>%n comment(s), not saved yet.</source>
      <translation>
        <numerusform>%n comment, not saved yet.</numerusform>
        <numerusform>%n comments, not saved yet.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n comment(s) not saved yet</source>
      <translation>
        <numerusform>%n comment not saved yet</numerusform>
        <numerusform>%n comments not saved yet</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n comment(s), all saved.</source>
      <translation>
        <numerusform>%n comment, all saved.</numerusform>
        <numerusform>%n comments, all saved.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n comment(s) saved in a feedback file</source>
      <translation>
        <numerusform>%n comment saved in a feedback file</numerusform>
        <numerusform>%n comments saved in a feedback file</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StudentFeedbackPanel</name>
    <message numerus="yes">
      <source>%n new comment(s) on other entries or goals.</source>
      <translation>
        <numerusform>%n new comment on other entries or goals.</numerusform>
        <numerusform>%n new comments on other entries or goals.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TimelinePage</name>
    <message numerus="yes">
      <source>%n attribute(s)</source>
      <translation>
        <numerusform>%n attribute</numerusform>
        <numerusform>%n attributes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message numerus="yes">
      <source>%1: %n entry(s)</source>
      <translation>
        <numerusform>%1: %n entry</numerusform>
        <numerusform>%1: %n entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Entry with %n draft(s)</source>
      <translation>
        <numerusform>Entry with %n draft</numerusform>
        <numerusform>Entry with %n drafts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1, %2, %n draft(s)</source>
      <comment>title, day</comment>
      <translation>
        <numerusform>%1, %2, %n draft</numerusform>
        <numerusform>%1, %2, %n drafts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message numerus="yes">
      <source>%n entry(s) and all their drafts will be deleted for good. This can't be undone.</source>
      <translation>
        <numerusform>%n entry and all their drafts will be deleted for good. This can't be undone.</numerusform>
        <numerusform>%n entries and all their drafts will be deleted for good. This can't be undone.</numerusform>
      </translation>
    </message>
  </context>
</TS>