<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ActionRunner</name>
        <message>
            <source>This journal is open read-only, so “%1” can't change it.</source>
            <translation>This journal is open read-only, so “%1” can't change it.</translation>
        </message>
        <message>
            <source>That didn't work</source>
            <translation>That didn't work</translation>
        </message>
        <message>
            <source>That can't be undone any more</source>
            <translation>That can't be undone any more</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>Add files</source>
            <translation>Add files</translation>
        </message>
        <message>
            <source>Remove files</source>
            <translation>Remove files</translation>
        </message>
        <message>
            <source>Put files back</source>
            <translation>Put files back</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>New entry</translation>
        </message>
        <message>
            <source>Typing</source>
            <translation>Typing</translation>
        </message>
        <message>
            <source>Save revision</source>
            <translation>Save revision</translation>
        </message>
        <message>
            <source>Restore draft</source>
            <translation>Restore draft</translation>
        </message>
        <message>
            <source>Change the date</source>
            <translation>Change the date</translation>
        </message>
        <message>
            <source>Change attributes</source>
            <translation>Change attributes</translation>
        </message>
        <message>
            <source>Change privacy</source>
            <translation>Change privacy</translation>
        </message>
        <message>
            <source>Change tags</source>
            <translation>Change tags</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>Move to trash</translation>
        </message>
        <message>
            <source>Restore from trash</source>
            <translation>Restore from trash</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Empty trash</translation>
        </message>
        <message>
            <source>New exhibition</source>
            <translation>New exhibition</translation>
        </message>
        <message>
            <source>Edit exhibition</source>
            <translation>Edit exhibition</translation>
        </message>
        <message>
            <source>Rename exhibition</source>
            <translation>Rename exhibition</translation>
        </message>
        <message>
            <source>Delete exhibition</source>
            <translation>Delete exhibition</translation>
        </message>
        <message>
            <source>Put exhibition back</source>
            <translation>Put exhibition back</translation>
        </message>
        <message>
            <source>Duplicate exhibition</source>
            <translation>Duplicate exhibition</translation>
        </message>
        <message>
            <source>Add station</source>
            <translation>Add station</translation>
        </message>
        <message>
            <source>Remove station</source>
            <translation>Remove station</translation>
        </message>
        <message>
            <source>Put station back</source>
            <translation>Put station back</translation>
        </message>
        <message>
            <source>Move station</source>
            <translation>Move station</translation>
        </message>
        <message>
            <source>Move station up</source>
            <translation>Move station up</translation>
        </message>
        <message>
            <source>Move station down</source>
            <translation>Move station down</translation>
        </message>
        <message>
            <source>Pin draft</source>
            <translation>Pin draft</translation>
        </message>
        <message>
            <source>Change station</source>
            <translation>Change station</translation>
        </message>
        <message>
            <source>Set growth strip</source>
            <translation>Set growth strip</translation>
        </message>
        <message>
            <source>Write captions</source>
            <translation>Write captions</translation>
        </message>
        <message>
            <source>Write talking notes</source>
            <translation>Write talking notes</translation>
        </message>
        <message>
            <source>Set station time</source>
            <translation>Set station time</translation>
        </message>
        <message>
            <source>Choose section</source>
            <translation>Choose section</translation>
        </message>
        <message>
            <source>Link criteria and attributes</source>
            <translation>Link criteria and attributes</translation>
        </message>
        <message>
            <source>Show a photo of other people</source>
            <translation>Show a photo of other people</translation>
        </message>
        <message>
            <source>Describe picture</source>
            <translation>Describe picture</translation>
        </message>
        <message>
            <source>Record rehearsal</source>
            <translation>Record rehearsal</translation>
        </message>
        <message>
            <source>Record presentation</source>
            <translation>Record presentation</translation>
        </message>
        <message>
            <source>Delete rehearsal</source>
            <translation>Delete rehearsal</translation>
        </message>
        <message>
            <source>Add panel feedback</source>
            <translation>Add panel feedback</translation>
        </message>
        <message>
            <source>Export exhibition</source>
            <translation>Export exhibition</translation>
        </message>
        <message>
            <source>Save goal</source>
            <translation>Save goal</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>New goal</translation>
        </message>
        <message>
            <source>Change the goal</source>
            <translation>Change the goal</translation>
        </message>
        <message>
            <source>Change the goal's status</source>
            <translation>Change the goal's status</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Delete goal</translation>
        </message>
        <message>
            <source>Restore goal</source>
            <translation>Restore goal</translation>
        </message>
        <message>
            <source>Add success criterion</source>
            <translation>Add success criterion</translation>
        </message>
        <message>
            <source>Change success criterion</source>
            <translation>Change success criterion</translation>
        </message>
        <message>
            <source>Remove success criterion</source>
            <translation>Remove success criterion</translation>
        </message>
        <message>
            <source>Put back success criterion</source>
            <translation>Put back success criterion</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Add step</translation>
        </message>
        <message>
            <source>Tick step</source>
            <translation>Tick step</translation>
        </message>
        <message>
            <source>Change step</source>
            <translation>Change step</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Remove step</translation>
        </message>
        <message>
            <source>Put back step</source>
            <translation>Put back step</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>Move step</translation>
        </message>
        <message>
            <source>Add checkpoint</source>
            <translation>Add checkpoint</translation>
        </message>
        <message>
            <source>Change checkpoint</source>
            <translation>Change checkpoint</translation>
        </message>
        <message>
            <source>Remove checkpoint</source>
            <translation>Remove checkpoint</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Check in</translation>
        </message>
        <message>
            <source>Reopen checkpoint</source>
            <translation>Reopen checkpoint</translation>
        </message>
        <message>
            <source>Link evidence</source>
            <translation>Link evidence</translation>
        </message>
        <message>
            <source>Unlink evidence</source>
            <translation>Unlink evidence</translation>
        </message>
        <message>
            <source>Link evidence again</source>
            <translation>Link evidence again</translation>
        </message>
        <message>
            <source>Lock with a passphrase</source>
            <translation>Lock with a passphrase</translation>
        </message>
        <message>
            <source>Remove the passphrase</source>
            <translation>Remove the passphrase</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Change the passphrase</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>Import a file</translation>
        </message>
        <message>
            <source>Export portfolio</source>
            <translation>Export portfolio</translation>
        </message>
        <message>
            <source>Mark feedback read</source>
            <translation>Mark feedback read</translation>
        </message>
        <message>
            <source>Change my name</source>
            <translation>Change my name</translation>
        </message>
        <message>
            <source>Finish the welcome</source>
            <translation>Finish the welcome</translation>
        </message>
        <message>
            <source>Remember where I was</source>
            <translation>Remember where I was</translation>
        </message>
        <message>
            <source>Change a preference</source>
            <translation>Change a preference</translation>
        </message>
        <message>
            <source>Switch a prompt on or off</source>
            <translation>Switch a prompt on or off</translation>
        </message>
        <message>
            <source>Add my prompt</source>
            <translation>Add my prompt</translation>
        </message>
        <message>
            <source>Change my prompt</source>
            <translation>Change my prompt</translation>
        </message>
        <message>
            <source>Delete my prompt</source>
            <translation>Delete my prompt</translation>
        </message>
        <message>
            <source>Switch a prompt pack on or off</source>
            <translation>Switch a prompt pack on or off</translation>
        </message>
        <message>
            <source>Import a prompt pack</source>
            <translation>Import a prompt pack</translation>
        </message>
        <message>
            <source>Remove a prompt pack</source>
            <translation>Remove a prompt pack</translation>
        </message>
        <message>
            <source>Answer a prompt</source>
            <translation>Answer a prompt</translation>
        </message>
        <message>
            <source>Change an answer</source>
            <translation>Change an answer</translation>
        </message>
        <message>
            <source>Delete an answer</source>
            <translation>Delete an answer</translation>
        </message>
        <message>
            <source>Bring back an answer</source>
            <translation>Bring back an answer</translation>
        </message>
        <message>
            <source>Save my learning profile</source>
            <translation>Save my learning profile</translation>
        </message>
    </context>
    <context>
        <name>ActivityOverview</name>
        <message>
            <source>Activity overview</source>
            <translation>Activity overview</translation>
        </message>
        <message>
            <source>Writing days</source>
            <translation>Writing days</translation>
        </message>
        <message>
            <source>← &amp;Earlier</source>
            <translation>← &amp;Earlier</translation>
        </message>
        <message>
            <source>Show the year before</source>
            <translation>Show the year before</translation>
        </message>
        <message>
            <source>&amp;Later →</source>
            <translation>&amp;Later →</translation>
        </message>
        <message>
            <source>Show the year after</source>
            <translation>Show the year after</translation>
        </message>
        <message>
            <source>Counts per week</source>
            <translation>Counts per week</translation>
        </message>
        <message>
            <source>Days with writing: {days} · entries: {entries} · drafts saved: {drafts} · reflections: {reflections}</source>
            <translation>Days with writing: {days} · entries: {entries} · drafts saved: {drafts} · reflections: {reflections}</translation>
        </message>
    </context>
    <context>
        <name>AddEntryDialog</name>
        <message>
            <source>Add entries to the exhibition</source>
            <translation>Add entries to the exhibition</translation>
        </message>
        <message>
            <source>&amp;Find an entry:</source>
            <translation>&amp;Find an entry:</translation>
        </message>
        <message>
            <source>Find an entry</source>
            <translation>Find an entry</translation>
        </message>
        <message>
            <source>Words from its title or text</source>
            <translation>Words from its title or text</translation>
        </message>
        <message>
            <source>Entries found</source>
            <translation>Entries found</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>Add the chosen entries</source>
            <translation>Add the chosen entries</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>{title} ({day})</source>
            <translation>{title} ({day})</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Untitled entry</translation>
        </message>
    </context>
    <context>
        <name>AttachmentListModel</name>
        <message>
            <source>File missing</source>
            <translation>File missing</translation>
        </message>
        <message>
            <source>%1
File missing: it is no longer in the journal folder.</source>
            <translation>%1
File missing: it is no longer in the journal folder.</translation>
        </message>
        <message>
            <source>%1, file missing</source>
            <translation>%1, file missing</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Attached files</translation>
        </message>
        <message>
            <source>Press Enter to open a file, Delete to remove it from this entry.</source>
            <translation>Press Enter to open a file, Delete to remove it from this entry.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>Add files</translation>
        </message>
        <message>
            <source>Add pictures, documents or any other files</source>
            <translation>Add pictures, documents or any other files</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Open the selected file</source>
            <translation>Open the selected file</translation>
        </message>
        <message>
            <source>Open with the app your computer uses for it</source>
            <translation>Open with the app your computer uses for it</translation>
        </message>
        <message>
            <source>Remove from entry</source>
            <translation>Remove from entry</translation>
        </message>
        <message>
            <source>Remove the selected file from this entry</source>
            <translation>Remove the selected file from this entry</translation>
        </message>
        <message>
            <source>Take it out of this entry. Older revisions still keep it.</source>
            <translation>Take it out of this entry. Older revisions still keep it.</translation>
        </message>
        <message>
            <source>Choose an entry to see its files.</source>
            <translation>Choose an entry to see its files.</translation>
        </message>
        <message>
            <source>No files in this entry.</source>
            <translation>No files in this entry.</translation>
        </message>
        <message>
            <source>No files yet. Drop pictures or documents here, or choose Add files…</source>
            <translation>No files yet. Drop pictures or documents here, or choose Add files…</translation>
        </message>
        <message>
            <source>That revision no longer exists.</source>
            <translation>That revision no longer exists.</translation>
        </message>
        <message>
            <source>Attachments in revision %1</source>
            <translation>Attachments in revision %1</translation>
        </message>
        <message>
            <source>The files as they were on %1. You can open them, not change them.</source>
            <translation>The files as they were on %1. You can open them, not change them.</translation>
        </message>
        <message>
            <source>This revision had no files attached.</source>
            <translation>This revision had no files attached.</translation>
        </message>
        <message>
            <source>This is an older revision; add files to the entry itself.</source>
            <translation>This is an older revision; add files to the entry itself.</translation>
        </message>
        <message>
            <source>Choose an entry first, then add files to it.</source>
            <translation>Choose an entry first, then add files to it.</translation>
        </message>
        <message>
            <source>This journal is open read-only.</source>
            <translation>This journal is open read-only.</translation>
        </message>
        <message>
            <source>Only files can be added, not folders: %1</source>
            <translation>Only files can be added, not folders: %1</translation>
        </message>
        <message>
            <source>There were no files to add.</source>
            <translation>There were no files to add.</translation>
        </message>
        <message>
            <source>%1 is missing from the journal folder, so it can't be opened. A backup may still have it.</source>
            <translation>%1 is missing from the journal folder, so it can't be opened. A backup may still have it.</translation>
        </message>
        <message>
            <source>Removed %1 from this entry. Older revisions still keep it.</source>
            <translation>Removed %1 from this entry. Older revisions still keep it.</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n file(s) from this entry. Older revisions still keep them.</source>
            <translation>
                <numerusform>Removed %n file from this entry. Older revisions still keep them.</numerusform>
                <numerusform>Removed %n files from this entry. Older revisions still keep them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add files to this entry</source>
            <translation>Add files to this entry</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n file(s) to your journal…</source>
            <translation>
                <numerusform>Adding %n file to your journal…</numerusform>
                <numerusform>Adding %n files to your journal…</numerusform>
            </translation>
        </message>
        <message>
            <source>Adding %1 to your journal…</source>
            <translation>Adding %1 to your journal…</translation>
        </message>
        <message>
            <source>Adding files</source>
            <translation>Adding files</translation>
        </message>
        <message>
            <source>Cancel adding files</source>
            <translation>Cancel adding files</translation>
        </message>
        <message>
            <source>Adding files was cancelled; nothing was added.</source>
            <translation>Adding files was cancelled; nothing was added.</translation>
        </message>
        <message>
            <source>%1 was missing and is back now.</source>
            <translation>%1 was missing and is back now.</translation>
        </message>
        <message>
            <source>%1 is already in this entry.</source>
            <translation>%1 is already in this entry.</translation>
        </message>
        <message>
            <source>The files could not be added.</source>
            <translation>The files could not be added.</translation>
        </message>
        <message>
            <source>Your computer has no app to open %1.</source>
            <translation>Your computer has no app to open %1.</translation>
        </message>
        <message>
            <source>%1 could not be opened (%2).</source>
            <translation>%1 could not be opened (%2).</translation>
        </message>
    </context>
    <context>
        <name>AttributeBalanceChart</name>
        <message>
            <source>My four attributes over time</source>
            <translation>My four attributes over time</translation>
        </message>
        <message>
            <source>Nothing written yet.</source>
            <translation>Nothing written yet.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>month, counts</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>Your attributes will show here once you've written a little.</source>
            <translation>Your attributes will show here once you've written a little.</translation>
        </message>
    </context>
    <context>
        <name>Attributes</name>
        <message>
            <source>Voice</source>
            <translation>Voice</translation>
        </message>
        <message>
            <source>I shared my own ideas or made my own choices.</source>
            <translation>I shared my own ideas or made my own choices.</translation>
        </message>
        <message>
            <source>my ideas, opinions and questions</source>
            <translation>my ideas, opinions and questions</translation>
        </message>
        <message>
            <source>Co-creation</source>
            <translation>Co-creation</translation>
        </message>
        <message>
            <source>I planned or made this together with others, my teacher too.</source>
            <translation>I planned or made this together with others, my teacher too.</translation>
        </message>
        <message>
            <source>planning and deciding together</source>
            <translation>planning and deciding together</translation>
        </message>
        <message>
            <source>Social construction</source>
            <translation>Social construction</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>Social</translation>
        </message>
        <message>
            <source>I learned with other people and from them.</source>
            <translation>I learned with other people and from them.</translation>
        </message>
        <message>
            <source>learning with and from others</source>
            <translation>learning with and from others</translation>
        </message>
        <message>
            <source>Self-discovery</source>
            <translation>Self-discovery</translation>
        </message>
        <message>
            <source>I found out something about how I learn best.</source>
            <translation>I found out something about how I learn best.</translation>
        </message>
        <message>
            <source>how I learn and how I grow</source>
            <translation>how I learn and how I grow</translation>
        </message>
    </context>
    <context>
        <name>CheckpointDialog</name>
        <message>
            <source>Checkpoint</source>
            <translation>Checkpoint</translation>
        </message>
        <message>
            <source>%1 · due %2</source>
            <translation>%1 · due %2</translation>
        </message>
        <message>
            <source>My goal</source>
            <translation>My goal</translation>
        </message>
        <message>
            <source>How far have I got with each of these?</source>
            <translation>How far have I got with each of these?</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>This goal has no success criteria yet, so there's nothing to rate. You can still write how it's going.</source>
            <translation>This goal has no success criteria yet, so there's nothing to rate. You can still write how it's going.</translation>
        </message>
        <message>
            <source>A&amp;nother question</source>
            <translation>A&amp;nother question</translation>
        </message>
        <message>
            <source>Show another question</source>
            <translation>Show another question</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Your answer</translation>
        </message>
        <message>
            <source>How is it going? What will I do next?</source>
            <translation>How is it going? What will I do next?</translation>
        </message>
        <message>
            <source>How did the learning go? (optional)</source>
            <translation>How did the learning go? (optional)</translation>
        </message>
        <message>
            <source>Show learning conditions</source>
            <translation>Show learning conditions</translation>
        </message>
        <message>
            <source>&amp;Save check-in</source>
            <translation>&amp;Save check-in</translation>
        </message>
        <message>
            <source>Save check-in</source>
            <translation>Save check-in</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>How is it going so far?</source>
            <translation>How is it going so far?</translation>
        </message>
        <message>
            <source>Your check-in isn't saved</source>
            <translation>Your check-in isn't saved</translation>
        </message>
        <message>
            <source>You've rated or written something here but haven't saved it. If you close now, it is lost. Keep working on it?</source>
            <translation>You've rated or written something here but haven't saved it. If you close now, it is lost. Keep working on it?</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Close without saving</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Keep working</translation>
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
            <translation>Class overview</translation>
        </message>
        <message>
            <source>Portfolios in %1</source>
            <translation>Portfolios in %1</translation>
        </message>
        <message>
            <source>Portfolios in this folder</source>
            <translation>Portfolios in this folder</translation>
        </message>
        <message>
            <source>Reading the portfolios</source>
            <translation>Reading the portfolios</translation>
        </message>
        <message>
            <source>&amp;Stop reading</source>
            <translation>&amp;Stop reading</translation>
        </message>
        <message>
            <source>Stop reading the folder</source>
            <translation>Stop reading the folder</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>Files that could not be read</translation>
        </message>
        <message>
            <source>&amp;Open for review</source>
            <translation>&amp;Open for review</translation>
        </message>
        <message>
            <source>Open the chosen portfolio for review</source>
            <translation>Open the chosen portfolio for review</translation>
        </message>
        <message>
            <source>Open the chosen portfolio for review (Enter)</source>
            <translation>Open the chosen portfolio for review (Enter)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Checking every portfolio in the folder…</source>
            <translation>Checking every portfolio in the folder…</translation>
        </message>
        <message numerus="yes">
            <source>%n portfolio(s). Press Enter or double-click one to review it.</source>
            <translation>
                <numerusform>%n portfolio. Press Enter or double-click one to review it.</numerusform>
                <numerusform>%n portfolios. Press Enter or double-click one to review it.</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no portfolios in this folder.</source>
            <translation>There are no portfolios in this folder.</translation>
        </message>
    </context>
    <context>
        <name>ClassOverviewModel</name>
        <message>
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Period covered</source>
            <translation>Period covered</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entries</translation>
        </message>
        <message>
            <source>Revisions</source>
            <translation>Revisions</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Last activity</translation>
        </message>
        <message>
            <source>Feedback written</source>
            <translation>Feedback written</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s)</source>
            <translation>
                <numerusform>%n comment</numerusform>
                <numerusform>%n comments</numerusform>
            </translation>
        </message>
        <message>
            <source>no entries</source>
            <translation>no entries</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
    </context>
    <context>
        <name>ConditionsPicker</name>
        <message>
            <source>Learning conditions</source>
            <translation>Learning conditions</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Somewhere else…</source>
            <translation>Somewhere else…</translation>
        </message>
        <message>
            <source>Somewhere else</source>
            <translation>Somewhere else</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>With whom</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Time of day</translation>
        </message>
        <message>
            <source>My energy</source>
            <translation>My energy</translation>
        </message>
        <message>
            <source>very tired</source>
            <translation>very tired</translation>
        </message>
        <message>
            <source>full of energy</source>
            <translation>full of energy</translation>
        </message>
        <message>
            <source>How well it went</source>
            <translation>How well it went</translation>
        </message>
        <message>
            <source>not well</source>
            <translation>not well</translation>
        </message>
        <message>
            <source>really well</source>
            <translation>really well</translation>
        </message>
        <message>
            <source>Where?</source>
            <translation>Where?</translation>
        </message>
        <message>
            <source>With whom?</source>
            <translation>With whom?</translation>
        </message>
        <message>
            <source>How?</source>
            <translation>How?</translation>
        </message>
        <message>
            <source>When?</source>
            <translation>When?</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energy</translation>
        </message>
        <message>
            <source>How did it go?</source>
            <translation>How did it go?</translation>
        </message>
    </context>
    <context>
        <name>ConditionsTable</name>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflections</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n reflection(s)</source>
            <translation>
                <numerusform>%1 of %n reflection</numerusform>
                <numerusform>%1 of %n reflections</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Keep writing</source>
            <translation>Keep writing</translation>
        </message>
    </context>
    <context>
        <name>DiffDialog</name>
        <message>
            <source>Compare drafts</source>
            <translation>Compare drafts</translation>
        </message>
        <message>
            <source>Compare drafts – %1</source>
            <translation>Compare drafts – %1</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Untitled</translation>
        </message>
        <message>
            <source>Older draft</source>
            <translation>Older draft</translation>
        </message>
        <message>
            <source>Newer draft</source>
            <translation>Newer draft</translation>
        </message>
        <message>
            <source>&amp;Before:</source>
            <translation>&amp;Before:</translation>
        </message>
        <message>
            <source>&amp;After:</source>
            <translation>&amp;After:</translation>
        </message>
        <message>
            <source>⇄ S&amp;wap</source>
            <translation>⇄ S&amp;wap</translation>
        </message>
        <message>
            <source>Swap the two drafts</source>
            <translation>Swap the two drafts</translation>
        </message>
        <message>
            <source>Older draft, with what was taken out crossed out</source>
            <translation>Older draft, with what was taken out crossed out</translation>
        </message>
        <message>
            <source>Newer draft, with what was added underlined</source>
            <translation>Newer draft, with what was added underlined</translation>
        </message>
        <message>
            <source>Summary of the changes</source>
            <translation>Summary of the changes</translation>
        </message>
        <message>
            <source>How changes are marked</source>
            <translation>How changes are marked</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>draft, date</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Comparing the two drafts…</source>
            <translation>Comparing the two drafts…</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Comparing…</translation>
        </message>
        <message>
            <source>That is the same draft on both sides: pick another one to compare.</source>
            <translation>That is the same draft on both sides: pick another one to compare.</translation>
        </message>
        <message>
            <source>No changes: these two drafts have the same text.</source>
            <translation>No changes: these two drafts have the same text.</translation>
        </message>
        <message>
            <source>Words: +%1 added, −%2 taken out</source>
            <translation>Words: +%1 added, −%2 taken out</translation>
        </message>
        <message>
            <source>Words: +%1 added</source>
            <translation>Words: +%1 added</translation>
        </message>
        <message>
            <source>Words: −%1 taken out</source>
            <translation>Words: −%1 taken out</translation>
        </message>
        <message>
            <source>Only spaces and punctuation changed</source>
            <translation>Only spaces and punctuation changed</translation>
        </message>
        <message>
            <source> (the title changed too)</source>
            <translation> (the title changed too)</translation>
        </message>
        <message>
            <source>%1 taken out   %2 added</source>
            <translation>%1 taken out   %2 added</translation>
        </message>
        <message>
            <source>crossed out</source>
            <translation>crossed out</translation>
        </message>
        <message>
            <source>underlined</source>
            <translation>underlined</translation>
        </message>
        <message>
            <source>This draft could not be read.</source>
            <translation>This draft could not be read.</translation>
        </message>
        <message>
            <source>This draft has no text.</source>
            <translation>This draft has no text.</translation>
        </message>
    </context>
    <context>
        <name>DueCheckpointsCard</name>
        <message>
            <source>Checkpoints due</source>
            <translation>Checkpoints due</translation>
        </message>
        <message>
            <source>Time to check in</source>
            <translation>Time to check in</translation>
        </message>
        <message numerus="yes">
            <source>and %n more on your goals page</source>
            <translation>
                <numerusform>and %n more on your goals page</numerusform>
                <numerusform>and %n more on your goals page</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 was due on %2</source>
            <translation>%1 was due on %2</translation>
        </message>
        <message>
            <source>A checkpoint</source>
            <translation>A checkpoint</translation>
        </message>
        <message>
            <source>%1, due %2</source>
            <translation>%1, due %2</translation>
        </message>
        <message>
            <source>My goal</source>
            <translation>My goal</translation>
        </message>
        <message>
            <source>Open goal %1</source>
            <translation>Open goal %1</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Check in</translation>
        </message>
        <message>
            <source>Check in: %1</source>
            <translation>Check in: %1</translation>
        </message>
    </context>
    <context>
        <name>EntryDetailsPanel</name>
        <message>
            <source>Entry details</source>
            <translation>Entry details</translation>
        </message>
        <message>
            <source>When I learned this</source>
            <translation>When I learned this</translation>
        </message>
        <message>
            <source>Date I learned this</source>
            <translation>Date I learned this</translation>
        </message>
        <message>
            <source>The day the learning happened</source>
            <translation>The day the learning happened</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>e.g. science, volcano</source>
            <translation>e.g. science, volcano</translation>
        </message>
        <message>
            <source>Separate tags with commas</source>
            <translation>Separate tags with commas</translation>
        </message>
        <message>
            <source>Separate tags with commas.</source>
            <translation>Separate tags with commas.</translation>
        </message>
        <message>
            <source>What this entry shows</source>
            <translation>What this entry shows</translation>
        </message>
        <message>
            <source>Who can see it</source>
            <translation>Who can see it</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Private</translation>
        </message>
        <message>
            <source>Private: only on this computer</source>
            <translation>Private: only on this computer</translation>
        </message>
        <message>
            <source>Shareable</source>
            <translation>Shareable</translation>
        </message>
        <message>
            <source>Shareable: can go in what I export</source>
            <translation>Shareable: can go in what I export</translation>
        </message>
        <message>
            <source>Evidence for my goals</source>
            <translation>Evidence for my goals</translation>
        </message>
        <message>
            <source>Goals this entry is evidence for</source>
            <translation>Goals this entry is evidence for</translation>
        </message>
        <message>
            <source>Not linked to a goal yet. You can link it from a goal's page.</source>
            <translation>Not linked to a goal yet. You can link it from a goal's page.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Untitled goal</source>
            <translation>Untitled goal</translation>
        </message>
        <message>
            <source>Private entries stay on this computer. They only leave it if you choose to include them when you export.</source>
            <translation>Private entries stay on this computer. They only leave it if you choose to include them when you export.</translation>
        </message>
        <message>
            <source>Shareable entries can go into the portfolios and exhibitions you make.</source>
            <translation>Shareable entries can go into the portfolios and exhibitions you make.</translation>
        </message>
    </context>
    <context>
        <name>EntryListModel</name>
        <message>
            <source>Untitled entry</source>
            <translation>Untitled entry</translation>
        </message>
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
        <message>
            <source>private</source>
            <translation>private</translation>
        </message>
    </context>
    <context>
        <name>ExhibitionsPage</name>
        <message>
            <source>Student-led conference</source>
            <translation>Student-led conference</translation>
        </message>
        <message>
            <source>You lead a talk with your family about a few pieces of work, where you are now and what you want to try next.</source>
            <translation>You lead a talk with your family about a few pieces of work, where you are now and what you want to try next.</translation>
        </message>
        <message>
            <source>Where I started</source>
            <translation>Where I started</translation>
        </message>
        <message>
            <source>Work I am proud of</source>
            <translation>Work I am proud of</translation>
        </message>
        <message>
            <source>What I want to try next</source>
            <translation>What I want to try next</translation>
        </message>
        <message>
            <source>Presentation of learning</source>
            <translation>Presentation of learning</translation>
        </message>
        <message>
            <source>A short talk to a panel: your claim, the work that backs it up, and how the work changed through your drafts.</source>
            <translation>A short talk to a panel: your claim, the work that backs it up, and how the work changed through your drafts.</translation>
        </message>
        <message>
            <source>My claim</source>
            <translation>My claim</translation>
        </message>
        <message>
            <source>The evidence</source>
            <translation>The evidence</translation>
        </message>
        <message>
            <source>How I grew</source>
            <translation>How I grew</translation>
        </message>
        <message>
            <source>Passage presentation</source>
            <translation>Passage presentation</translation>
        </message>
        <message>
            <source>At the end of a stage, you show you are ready for the next one, with work from across the stage.</source>
            <translation>At the end of a stage, you show you are ready for the next one, with work from across the stage.</translation>
        </message>
        <message>
            <source>Looking back</source>
            <translation>Looking back</translation>
        </message>
        <message>
            <source>Ready for what comes next</source>
            <translation>Ready for what comes next</translation>
        </message>
        <message>
            <source>Gallery walk</source>
            <translation>Gallery walk</translation>
        </message>
        <message>
            <source>Visitors walk past your work on their own time; each piece has a placard that speaks for you.</source>
            <translation>Visitors walk past your work on their own time; each piece has a placard that speaks for you.</translation>
        </message>
        <message>
            <source>Defense with panel questions</source>
            <translation>Defense with panel questions</translation>
        </message>
        <message>
            <source>You defend a claim about your learning, then answer the panel's questions about your evidence.</source>
            <translation>You defend a claim about your learning, then answer the panel's questions about your evidence.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Questions from the panel</source>
            <translation>Questions from the panel</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Start empty</translation>
        </message>
        <message>
            <source>No plan yet: choose your own stations, sections and time.</source>
            <translation>No plan yet: choose your own stations, sections and time.</translation>
        </message>
        <message>
            <source>Panel (your full name, all chosen files)</source>
            <translation>Panel (your full name, all chosen files)</translation>
        </message>
        <message>
            <source>Families (your first name; photos of other people stay out)</source>
            <translation>Families (your first name; photos of other people stay out)</translation>
        </message>
        <message>
            <source>Anyone (first name and last initial; photos of other people stay out)</source>
            <translation>Anyone (first name and last initial; photos of other people stay out)</translation>
        </message>
        <message>
            <source>Read what the panel said. What surprised you, what are you proud of, and what will you try next time?</source>
            <translation>Read what the panel said. What surprised you, what are you proud of, and what will you try next time?</translation>
        </message>
        <message>
            <source>Exhibitions</source>
            <translation>Exhibitions</translation>
        </message>
        <message>
            <source>&amp;Exhibitions</source>
            <translation>&amp;Exhibitions</translation>
        </message>
        <message>
            <source>&amp;New exhibition</source>
            <translation>&amp;New exhibition</translation>
        </message>
        <message>
            <source>New exhibition</source>
            <translation>New exhibition</translation>
        </message>
        <message>
            <source>{label} ({minutes} min)</source>
            <translation>{label} ({minutes} min)</translation>
        </message>
        <message>
            <source>&amp;Duplicate for next year</source>
            <translation>&amp;Duplicate for next year</translation>
        </message>
        <message>
            <source>Duplicate for next year</source>
            <translation>Duplicate for next year</translation>
        </message>
        <message>
            <source>Delete exhibition</source>
            <translation>Delete exhibition</translation>
        </message>
        <message>
            <source>Exhibition builder</source>
            <translation>Exhibition builder</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Claim or driving question</source>
            <translation>Claim or driving question</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Time budget in minutes</source>
            <translation>Time budget in minutes</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Web address where it is online</source>
            <translation>Web address where it is online</translation>
        </message>
        <message>
            <source>For a QR code on the placards (optional)</source>
            <translation>For a QR code on the placards (optional)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Claim or driving &amp;question:</source>
            <translation>Claim or driving &amp;question:</translation>
        </message>
        <message>
            <source>A&amp;udience:</source>
            <translation>A&amp;udience:</translation>
        </message>
        <message>
            <source>Time &amp;budget:</source>
            <translation>Time &amp;budget:</translation>
        </message>
        <message>
            <source>O&amp;nline at:</source>
            <translation>O&amp;nline at:</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Stations</translation>
        </message>
        <message>
            <source>Stations, in the order you present them</source>
            <translation>Stations, in the order you present them</translation>
        </message>
        <message>
            <source>&amp;Add entry…</source>
            <translation>&amp;Add entry…</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Add entry</translation>
        </message>
        <message>
            <source>&amp;Remove station</source>
            <translation>&amp;Remove station</translation>
        </message>
        <message>
            <source>Remove station</source>
            <translation>Remove station</translation>
        </message>
        <message>
            <source>Move up (Alt+Up)</source>
            <translation>Move up (Alt+Up)</translation>
        </message>
        <message>
            <source>Move station up</source>
            <translation>Move station up</translation>
        </message>
        <message>
            <source>Move down (Alt+Down)</source>
            <translation>Move down (Alt+Down)</translation>
        </message>
        <message>
            <source>Move station down</source>
            <translation>Move station down</translation>
        </message>
        <message>
            <source>This station</source>
            <translation>This station</translation>
        </message>
        <message>
            <source>Pinned draft</source>
            <translation>Pinned draft</translation>
        </message>
        <message>
            <source>What I learned about the topic</source>
            <translation>What I learned about the topic</translation>
        </message>
        <message>
            <source>What I learned about myself</source>
            <translation>What I learned about myself</translation>
        </message>
        <message>
            <source>Talking notes</source>
            <translation>Talking notes</translation>
        </message>
        <message>
            <source>Time for this station in seconds</source>
            <translation>Time for this station in seconds</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Picture</translation>
        </message>
        <message>
            <source>Describe the picture (alt text)</source>
            <translation>Describe the picture (alt text)</translation>
        </message>
        <message>
            <source>Decorative (nothing to describe)</source>
            <translation>Decorative (nothing to describe)</translation>
        </message>
        <message>
            <source>Decorative picture</source>
            <translation>Decorative picture</translation>
        </message>
        <message>
            <source>Sho&amp;ws other people</source>
            <translation>Sho&amp;ws other people</translation>
        </message>
        <message>
            <source>Picture shows other people</source>
            <translation>Picture shows other people</translation>
        </message>
        <message>
            <source>Show it to families and the public anyway</source>
            <translation>Show it to families and the public anyway</translation>
        </message>
        <message>
            <source>Show this picture of other people to families and the public</source>
            <translation>Show this picture of other people to families and the public</translation>
        </message>
        <message>
            <source>&amp;Pinned draft:</source>
            <translation>&amp;Pinned draft:</translation>
        </message>
        <message>
            <source>About the t&amp;opic:</source>
            <translation>About the t&amp;opic:</translation>
        </message>
        <message>
            <source>About m&amp;yself:</source>
            <translation>About m&amp;yself:</translation>
        </message>
        <message>
            <source>Tal&amp;king notes:</source>
            <translation>Tal&amp;king notes:</translation>
        </message>
        <message>
            <source>Ti&amp;me:</source>
            <translation>Ti&amp;me:</translation>
        </message>
        <message>
            <source>P&amp;icture:</source>
            <translation>P&amp;icture:</translation>
        </message>
        <message>
            <source>Alt te&amp;xt:</source>
            <translation>Alt te&amp;xt:</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>Pre&amp;view</translation>
        </message>
        <message>
            <source>Preview of the station as the audience sees it</source>
            <translation>Preview of the station as the audience sees it</translation>
        </message>
        <message>
            <source>Ready to present? (Enter on a line goes to its fix)</source>
            <translation>Ready to present? (Enter on a line goes to its fix)</translation>
        </message>
        <message>
            <source>Ready to present? checklist</source>
            <translation>Ready to present? checklist</translation>
        </message>
        <message>
            <source>Last rehearsal against the plan</source>
            <translation>Last rehearsal against the plan</translation>
        </message>
        <message>
            <source>Last rehearsal</source>
            <translation>Last rehearsal</translation>
        </message>
        <message>
            <source>What the panel said</source>
            <translation>What the panel said</translation>
        </message>
        <message>
            <source>What the panel said about this station</source>
            <translation>What the panel said about this station</translation>
        </message>
        <message>
            <source>After the exhibition</source>
            <translation>After the exhibition</translation>
        </message>
        <message>
            <source>Your reflection after the exhibition</source>
            <translation>Your reflection after the exhibition</translation>
        </message>
        <message>
            <source>Keep my &amp;reflection</source>
            <translation>Keep my &amp;reflection</translation>
        </message>
        <message>
            <source>Keep my reflection</source>
            <translation>Keep my reflection</translation>
        </message>
        <message>
            <source>Re&amp;hearse</source>
            <translation>Re&amp;hearse</translation>
        </message>
        <message>
            <source>Rehearse</source>
            <translation>Rehearse</translation>
        </message>
        <message>
            <source>Pre&amp;sent</source>
            <translation>Pre&amp;sent</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Export for which audience</source>
            <translation>Export for which audience</translation>
        </message>
        <message>
            <source>Export pa&amp;ge…</source>
            <translation>Export pa&amp;ge…</translation>
        </message>
        <message>
            <source>Export page</source>
            <translation>Export page</translation>
        </message>
        <message>
            <source>Export PD&amp;F…</source>
            <translation>Export PD&amp;F…</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>Export pla&amp;cards…</source>
            <translation>Export pla&amp;cards…</translation>
        </message>
        <message>
            <source>Export placards</source>
            <translation>Export placards</translation>
        </message>
        <message>
            <source>Export exhibition as a page…</source>
            <translation>Export exhibition as a page…</translation>
        </message>
        <message>
            <source>Export exhibition as a PDF…</source>
            <translation>Export exhibition as a PDF…</translation>
        </message>
        <message>
            <source>Export exhibition placards…</source>
            <translation>Export exhibition placards…</translation>
        </message>
        <message>
            <source>{title} · {count} stations</source>
            <translation>{title} · {count} stations</translation>
        </message>
        <message>
            <source>Ready to present: nothing is missing.</source>
            <translation>Ready to present: nothing is missing.</translation>
        </message>
        <message>
            <source>{number}. {label} ({time})</source>
            <translation>{number}. {label} ({time})</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Untitled entry</translation>
        </message>
        <message>
            <source> · draft {seq}</source>
            <translation> · draft {seq}</translation>
        </message>
        <message>
            <source>Draft {seq} ({when}): {note}</source>
            <translation>Draft {seq} ({when}): {note}</translation>
        </message>
        <message>
            <source>no change note</source>
            <translation>no change note</translation>
        </message>
        <message>
            <source>The panel</source>
            <translation>The panel</translation>
        </message>
        <message>
            <source>Wow ({who}): {text}</source>
            <translation>Wow ({who}): {text}</translation>
        </message>
        <message>
            <source>Wonder ({who}): {text}</source>
            <translation>Wonder ({who}): {text}</translation>
        </message>
        <message>
            <source>Question asked: {text}</source>
            <translation>Question asked: {text}</translation>
        </message>
        <message>
            <source>{criterion}: {level} of 4, {words}</source>
            <translation>{criterion}: {level} of 4, {words}</translation>
        </message>
        <message>
            <source>a goal</source>
            <translation>a goal</translation>
        </message>
        <message>
            <source>Kept. Add &amp;another reflection</source>
            <translation>Kept. Add &amp;another reflection</translation>
        </message>
        <message>
            <source>Choose a station to see it as the audience will.</source>
            <translation>Choose a station to see it as the audience will.</translation>
        </message>
        <message>
            <source>This station stays out of exports; the checklist says why.</source>
            <translation>This station stays out of exports; the checklist says why.</translation>
        </message>
        <message>
            <source>My exhibition</source>
            <translation>My exhibition</translation>
        </message>
        <message>
            <source>Delete “{title}”? Its entries stay in your journal; Edit → Undo brings the exhibition back.</source>
            <translation>Delete “{title}”? Its entries stay in your journal; Edit → Undo brings the exhibition back.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>What the audience will see</source>
            <translation>What the audience will see</translation>
        </message>
        <message>
            <source>{number}. {label}: {spent} spent, {planned} planned</source>
            <translation>{number}. {label}: {spent} spent, {planned} planned</translation>
        </message>
        <message>
            <source> (over by {time})</source>
            <translation> (over by {time})</translation>
        </message>
        <message>
            <source>Altogether: {spent} of {budget}</source>
            <translation>Altogether: {spent} of {budget}</translation>
        </message>
        <message>
            <source>Your name, as it will appear: {name}</source>
            <translation>Your name, as it will appear: {name}</translation>
        </message>
        <message>
            <source>Title: {title}</source>
            <translation>Title: {title}</translation>
        </message>
        <message>
            <source>Claim: {claim}</source>
            <translation>Claim: {claim}</translation>
        </message>
        <message>
            <source>Web address (on placards): {url}</source>
            <translation>Web address (on placards): {url}</translation>
        </message>
        <message>
            <source>Station {n}: {title}</source>
            <translation>Station {n}: {title}</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Untitled</translation>
        </message>
        <message>
            <source>Draft {seq}, with its text</source>
            <translation>Draft {seq}, with its text</translation>
        </message>
        <message>
            <source>What I changed and why: {note}</source>
            <translation>What I changed and why: {note}</translation>
        </message>
        <message>
            <source>Growth strip, draft {seq}: {note}</source>
            <translation>Growth strip, draft {seq}: {note}</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(no note)</translation>
        </message>
        <message>
            <source>About the topic: {text}</source>
            <translation>About the topic: {text}</translation>
        </message>
        <message>
            <source>About myself: {text}</source>
            <translation>About myself: {text}</translation>
        </message>
        <message>
            <source>Goal criterion: {text}</source>
            <translation>Goal criterion: {text}</translation>
        </message>
        <message>
            <source>Picture {name} ({alt}), without its location and camera details</source>
            <translation>Picture {name} ({alt}), without its location and camera details</translation>
        </message>
        <message>
            <source>decorative</source>
            <translation>decorative</translation>
        </message>
        <message>
            <source>Staying with you:</source>
            <translation>Staying with you:</translation>
        </message>
        <message>
            <source>your talking notes, times and rehearsals</source>
            <translation>your talking notes, times and rehearsals</translation>
        </message>
        <message>
            <source>every entry, draft and picture that is not listed above</source>
            <translation>every entry, draft and picture that is not listed above</translation>
        </message>
        <message>
            <source>What will leave</source>
            <translation>What will leave</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Exhibition page (*.exhibition.html)</source>
            <translation>Exhibition page (*.exhibition.html)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the exhibition</source>
            <translation>Save the exhibition</translation>
        </message>
        <message>
            <source>Writing the exhibition…</source>
            <translation>Writing the exhibition…</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export my portfolio</source>
            <translation>Export my portfolio</translation>
        </message>
        <message>
            <source>Before anything leaves this computer, here is exactly what your portfolio will hold. Private entries stay here unless you tick the box.</source>
            <translation>Before anything leaves this computer, here is exactly what your portfolio will hold. Private entries stay here unless you tick the box.</translation>
        </message>
        <message>
            <source>Include my &amp;private entries in this export</source>
            <translation>Include my &amp;private entries in this export</translation>
        </message>
        <message>
            <source>Include my private entries in this export</source>
            <translation>Include my private entries in this export</translation>
        </message>
        <message>
            <source>Which versions of each entry</source>
            <translation>Which versions of each entry</translation>
        </message>
        <message>
            <source>Every version of each entry</source>
            <translation>Every version of each entry</translation>
        </message>
        <message>
            <source>Only the first and the latest version</source>
            <translation>Only the first and the latest version</translation>
        </message>
        <message>
            <source>How your name appears</source>
            <translation>How your name appears</translation>
        </message>
        <message>
            <source>My full name</source>
            <translation>My full name</translation>
        </message>
        <message>
            <source>My first name and the initial of my last name</source>
            <translation>My first name and the initial of my last name</translation>
        </message>
        <message>
            <source>Keep camera details and &amp;location in photos</source>
            <translation>Keep camera details and &amp;location in photos</translation>
        </message>
        <message>
            <source>Keep camera details and location in photos</source>
            <translation>Keep camera details and location in photos</translation>
        </message>
        <message>
            <source>Photos usually carry the camera, the time and often where they were taken. Unless you tick this, they leave without it.</source>
            <translation>Photos usually carry the camera, the time and often where they were taken. Unless you tick this, they leave without it.</translation>
        </message>
        <message>
            <source>Kind of file</source>
            <translation>Kind of file</translation>
        </message>
        <message>
            <source>Portfolio file (.portfolio.zip) for a teacher or a new computer</source>
            <translation>Portfolio file (.portfolio.zip) for a teacher or a new computer</translation>
        </message>
        <message>
            <source>Web pages in a folder</source>
            <translation>Web pages in a folder</translation>
        </message>
        <message>
            <source>PDF to print or share</source>
            <translation>PDF to print or share</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Paper size</translation>
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
            <translation>&amp;Versions:</translation>
        </message>
        <message>
            <source>&amp;Kind of file:</source>
            <translation>&amp;Kind of file:</translation>
        </message>
        <message>
            <source>Paper si&amp;ze:</source>
            <translation>Paper si&amp;ze:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <source>What will leave this computer</source>
            <translation>What will leave this computer</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>The whole text of what is selected</source>
            <translation>The whole text of what is selected</translation>
        </message>
        <message>
            <source>Select something in the list to read everything of it that will leave.</source>
            <translation>Select something in the list to read everything of it that will leave.</translation>
        </message>
        <message>
            <source>Export status</source>
            <translation>Export status</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Choose where to save, then write the portfolio</source>
            <translation>Choose where to save, then write the portfolio</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Reading your journal…</source>
            <translation>Reading your journal…</translation>
        </message>
        <message>
            <source>Your journal couldn't be read</source>
            <translation>Your journal couldn't be read</translation>
        </message>
        <message>
            <source>%1, will leave</source>
            <translation>%1, will leave</translation>
        </message>
        <message>
            <source>%1, stays on this computer</source>
            <translation>%1, stays on this computer</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Untitled entry</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>full name</translation>
        </message>
        <message>
            <source>first name and last initial</source>
            <translation>first name and last initial</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>(no name: the portfolio will say “A student”)</source>
            <translation>(no name: the portfolio will say “A student”)</translation>
        </message>
        <message>
            <source>My learning profile</source>
            <translation>My learning profile</translation>
        </message>
        <message numerus="yes">
            <source>statement and %n earlier version(s)</source>
            <translation>
                <numerusform>statement and %n earlier version</numerusform>
                <numerusform>statement and %n earlier versions</numerusform>
            </translation>
        </message>
        <message>
            <source>no statement written yet</source>
            <translation>no statement written yet</translation>
        </message>
        <message>
            <source>how I learn best</source>
            <translation>how I learn best</translation>
        </message>
        <message>
            <source>earlier version, %1</source>
            <translation>earlier version, %1</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entries</translation>
        </message>
        <message>
            <source>%1 of %2 will leave</source>
            <translation>%1 of %2 will leave</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n version(s)</source>
            <translation>
                <numerusform>%1 of %n version</numerusform>
                <numerusform>%1 of %n versions</numerusform>
            </translation>
        </message>
        <message>
            <source>private, included this time</source>
            <translation>private, included this time</translation>
        </message>
        <message>
            <source>Draft %1</source>
            <translation>Draft %1</translation>
        </message>
        <message>
            <source>private, stays on this computer</source>
            <translation>private, stays on this computer</translation>
        </message>
        <message>
            <source>every version</source>
            <translation>every version</translation>
        </message>
        <message>
            <source>first and latest only</source>
            <translation>first and latest only</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>%1 of %2 (%3)</source>
            <translation>%1 of %2 (%3)</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Untitled goal</source>
            <translation>Untitled goal</translation>
        </message>
        <message>
            <source>success criterion</source>
            <translation>success criterion</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflections</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflection</translation>
        </message>
        <message>
            <source>about something private, stays on this computer</source>
            <translation>about something private, stays on this computer</translation>
        </message>
        <message>
            <source>Feedback you were given</source>
            <translation>Feedback you were given</translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s)</source>
            <translation>
                <numerusform>%n comment</numerusform>
                <numerusform>%n comments</numerusform>
            </translation>
        </message>
        <message>
            <source>a reviewer</source>
            <translation>a reviewer</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Attached files</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message>
            <source>camera details and location kept</source>
            <translation>camera details and location kept</translation>
        </message>
        <message>
            <source>camera details and location removed</source>
            <translation>camera details and location removed</translation>
        </message>
        <message>
            <source>In: %1</source>
            <translation>In: %1</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>Files left out</source>
            <translation>Files left out</translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) are missing from your journal folder</source>
            <translation>
                <numerusform>%n attached file is missing from your journal folder</numerusform>
                <numerusform>%n attached files are missing from your journal folder</numerusform>
            </translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
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
            <source>%n reflection(s)</source>
            <translation>
                <numerusform>%n reflection</numerusform>
                <numerusform>%n reflections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s)</source>
            <translation>
                <numerusform>%n attached file</numerusform>
                <numerusform>%n attached files</numerusform>
            </translation>
        </message>
        <message>
            <source>Leaving: %1 with %2, %3, %4 and %5 (%6).</source>
            <translation>Leaving: %1 with %2, %3, %4 and %5 (%6).</translation>
        </message>
        <message numerus="yes">
            <source>Also your name, your learning profile and %n comment(s).</source>
            <translation>
                <numerusform>Also your name, your learning profile and %n comment.</numerusform>
                <numerusform>Also your name, your learning profile and %n comments.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the kind of file, then press Export.</source>
            <translation>Choose the kind of file, then press Export.</translation>
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
            <source>%n reflection(s) about private things</source>
            <translation>
                <numerusform>%n reflection about private things</numerusform>
                <numerusform>%n reflections about private things</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s) on private things</source>
            <translation>
                <numerusform>%n comment on private things</numerusform>
                <numerusform>%n comments on private things</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) in the trash</source>
            <translation>
                <numerusform>%n entry in the trash</numerusform>
                <numerusform>%n entries in the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older version(s) not chosen</source>
            <translation>
                <numerusform>%n older version not chosen</numerusform>
                <numerusform>%n older versions not chosen</numerusform>
            </translation>
        </message>
        <message>
            <source>your full name</source>
            <translation>your full name</translation>
        </message>
        <message>
            <source>Staying on this computer: nothing else; everything in your journal is in this export.</source>
            <translation>Staying on this computer: nothing else; everything in your journal is in this export.</translation>
        </message>
        <message>
            <source>Staying on this computer: %1.</source>
            <translation>Staying on this computer: %1.</translation>
        </message>
        <message>
            <source>where: %1</source>
            <translation>where: %1</translation>
        </message>
        <message>
            <source>with: %1</source>
            <translation>with: %1</translation>
        </message>
        <message>
            <source>how: %1</source>
            <translation>how: %1</translation>
        </message>
        <message>
            <source>when: %1</source>
            <translation>when: %1</translation>
        </message>
        <message>
            <source>energy %1 of 5</source>
            <translation>energy %1 of 5</translation>
        </message>
        <message>
            <source>went well %1 of 5</source>
            <translation>went well %1 of 5</translation>
        </message>
        <message>
            <source>Why it matters to me</source>
            <translation>Why it matters to me</translation>
        </message>
        <message>
            <source>The task</source>
            <translation>The task</translation>
        </message>
        <message>
            <source>Key criteria of the task</source>
            <translation>Key criteria of the task</translation>
        </message>
        <message>
            <source>Made together with</source>
            <translation>Made together with</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>label: text</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Portfolio files (*%1)</source>
            <translation>Portfolio files (*%1)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Save your portfolio</source>
            <translation>Save your portfolio</translation>
        </message>
        <message>
            <source>Writing your portfolio to %1…</source>
            <translation>Writing your portfolio to %1…</translation>
        </message>
        <message>
            <source>Writing your portfolio…</source>
            <translation>Writing your portfolio…</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Exporting</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <source>Saved your portfolio to %1 (%2).</source>
            <translation>Saved your portfolio to %1 (%2).</translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) were missing and left out; 'journal check' says why.</source>
            <translation>
                <numerusform>%n attached file was missing and left out; 'journal check' says why.</numerusform>
                <numerusform>%n attached files were missing and left out; 'journal check' says why.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>The export was cancelled; no file was written.</translation>
        </message>
        <message>
            <source>Something went wrong while writing the portfolio (%1); no file was written.</source>
            <translation>Something went wrong while writing the portfolio (%1); no file was written.</translation>
        </message>
        <message>
            <source>Your portfolio wasn't exported</source>
            <translation>Your portfolio wasn't exported</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>an untitled entry</source>
            <translation>an untitled entry</translation>
        </message>
        <message>
            <source>something no longer in this journal</source>
            <translation>something no longer in this journal</translation>
        </message>
        <message>
            <source>the entry %1</source>
            <translation>the entry %1</translation>
        </message>
        <message>
            <source>version %1 of %2 (%3)</source>
            <translation>version %1 of %2 (%3)</translation>
        </message>
        <message>
            <source>the goal %1</source>
            <translation>the goal %1</translation>
        </message>
        <message>
            <source>without a title</source>
            <translation>without a title</translation>
        </message>
        <message>
            <source>the success criterion %1</source>
            <translation>the success criterion %1</translation>
        </message>
        <message>
            <source>the checkpoint %1 (%2)</source>
            <translation>the checkpoint %1 (%2)</translation>
        </message>
        <message>
            <source>This entry: %1</source>
            <translation>This entry: %1</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation>untitled</translation>
        </message>
        <message>
            <source>Version %1, %2</source>
            <translation>Version %1, %2</translation>
        </message>
        <message>
            <source>%1 (latest)</source>
            <translation>%1 (latest)</translation>
        </message>
        <message>
            <source>This goal: %1</source>
            <translation>This goal: %1</translation>
        </message>
        <message>
            <source>Success criterion: %1</source>
            <translation>Success criterion: %1</translation>
        </message>
        <message>
            <source>Checkpoint: %1 (%2)</source>
            <translation>Checkpoint: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search my journal…</source>
            <translation>Search my journal…</translation>
        </message>
        <message>
            <source>Search entries</source>
            <translation>Search entries</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filters</translation>
        </message>
        <message>
            <source>Show filters</source>
            <translation>Show filters</translation>
        </message>
        <message>
            <source>Show or hide the filters</source>
            <translation>Show or hide the filters</translation>
        </message>
        <message>
            <source>Filter by attribute</source>
            <translation>Filter by attribute</translation>
        </message>
        <message>
            <source>Any attribute</source>
            <translation>Any attribute</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>Filter by tag</translation>
        </message>
        <message>
            <source>Filter by goal</source>
            <translation>Filter by goal</translation>
        </message>
        <message>
            <source>Between</source>
            <translation>Between</translation>
        </message>
        <message>
            <source>Filter by date</source>
            <translation>Filter by date</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>From date</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>To date</translation>
        </message>
        <message>
            <source>Sort entries</source>
            <translation>Sort entries</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Newest first</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Oldest first</translation>
        </message>
        <message>
            <source>Recently changed</source>
            <translation>Recently changed</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>By title</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>Best match</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Any tag</translation>
        </message>
        <message>
            <source>Any goal</source>
            <translation>Any goal</translation>
        </message>
        <message>
            <source>Untitled goal</source>
            <translation>Untitled goal</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>%1, %2</source>
            <comment>date, time</comment>
            <translation>%1, %2</translation>
        </message>
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
        <message>
            <source>A goal without a challenge yet</source>
            <translation>A goal without a challenge yet</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n step(s) done</source>
            <translation>
                <numerusform>%1 of %n step done</numerusform>
                <numerusform>%1 of %n steps done</numerusform>
            </translation>
        </message>
        <message>
            <source>next checkpoint %1</source>
            <translation>next checkpoint %1</translation>
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
        <name>GoalPage</name>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>← All goals</source>
            <translation>← All goals</translation>
        </message>
        <message>
            <source>Back to all goals</source>
            <translation>Back to all goals</translation>
        </message>
        <message>
            <source>Goal status</source>
            <translation>Goal status</translation>
        </message>
        <message>
            <source>&amp;Edit steps…</source>
            <translation>&amp;Edit steps…</translation>
        </message>
        <message>
            <source>Edit the goal's steps</source>
            <translation>Edit the goal's steps</translation>
        </message>
        <message>
            <source>&amp;Fill in</source>
            <translation>&amp;Fill in</translation>
        </message>
        <message>
            <source>Fill in the empty steps</source>
            <translation>Fill in the empty steps</translation>
        </message>
        <message>
            <source>Success criteria</source>
            <translation>Success criteria</translation>
        </message>
        <message>
            <source>Remove criterion</source>
            <translation>Remove criterion</translation>
        </message>
        <message>
            <source>Remove the success criterion</source>
            <translation>Remove the success criterion</translation>
        </message>
        <message>
            <source>&amp;Delete goal…</source>
            <translation>&amp;Delete goal…</translation>
        </message>
        <message>
            <source>Delete this goal</source>
            <translation>Delete this goal</translation>
        </message>
        <message>
            <source>My plan</source>
            <translation>My plan</translation>
        </message>
        <message>
            <source>New step of my plan</source>
            <translation>New step of my plan</translation>
        </message>
        <message>
            <source>Add a step to my plan…</source>
            <translation>Add a step to my plan…</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Add step</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Remove step</translation>
        </message>
        <message>
            <source>Checkpoints</source>
            <translation>Checkpoints</translation>
        </message>
        <message>
            <source>&amp;Check in…</source>
            <translation>&amp;Check in…</translation>
        </message>
        <message>
            <source>Check in at this checkpoint</source>
            <translation>Check in at this checkpoint</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>&amp;Link an entry…</source>
            <translation>&amp;Link an entry…</translation>
        </message>
        <message>
            <source>Link an entry as evidence</source>
            <translation>Link an entry as evidence</translation>
        </message>
        <message>
            <source>&amp;Open entry</source>
            <translation>&amp;Open entry</translation>
        </message>
        <message>
            <source>Open the evidence entry</source>
            <translation>Open the evidence entry</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Unlink</translation>
        </message>
        <message>
            <source>Unlink the evidence</source>
            <translation>Unlink the evidence</translation>
        </message>
        <message>
            <source>Reflections about this goal</source>
            <translation>Reflections about this goal</translation>
        </message>
        <message>
            <source>Look &amp;back on this goal…</source>
            <translation>Look &amp;back on this goal…</translation>
        </message>
        <message>
            <source>Look back on this goal</source>
            <translation>Look back on this goal</translation>
        </message>
        <message>
            <source>Why it matters to me</source>
            <translation>Why it matters to me</translation>
        </message>
        <message>
            <source>How I'll know I've got there</source>
            <translation>How I'll know I've got there</translation>
        </message>
        <message>
            <source>What I'll make or do</source>
            <translation>What I'll make or do</translation>
        </message>
        <message>
            <source>Evidence, in time order</source>
            <translation>Evidence, in time order</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflections</translation>
        </message>
        <message>
            <source>Planned with</source>
            <translation>Planned with</translation>
        </message>
        <message>
            <source>A goal without a challenge yet</source>
            <translation>A goal without a challenge yet</translation>
        </message>
        <message>
            <source>Started %1</source>
            <translation>Started %1</translation>
        </message>
        <message>
            <source>aiming for %1</source>
            <translation>aiming for %1</translation>
        </message>
        <message>
            <source>Still to fill in when you're ready: %1.</source>
            <translation>Still to fill in when you're ready: %1.</translation>
        </message>
        <message>
            <source>Not written yet.</source>
            <translation>Not written yet.</translation>
        </message>
        <message>
            <source>Not decided yet.</source>
            <translation>Not decided yet.</translation>
        </message>
        <message>
            <source>What makes it good: %1</source>
            <translation>What makes it good: %1</translation>
        </message>
        <message>
            <source>Who will see it: %1</source>
            <translation>Who will see it: %1</translation>
        </message>
        <message>
            <source>%1 (suggested by %2)</source>
            <translation>%1 (suggested by %2)</translation>
        </message>
        <message>
            <source>Last check-in: %1</source>
            <translation>Last check-in: %1</translation>
        </message>
        <message>
            <source>No success criteria yet.</source>
            <translation>No success criteria yet.</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Checkpoint</translation>
        </message>
        <message>
            <source>No checkpoints yet.</source>
            <translation>No checkpoints yet.</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Untitled entry</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>version %1</translation>
        </message>
        <message>
            <source>Shows: %1</source>
            <translation>Shows: %1</translation>
        </message>
        <message>
            <source>(in the trash)</source>
            <translation>(in the trash)</translation>
        </message>
        <message>
            <source>No evidence linked yet.</source>
            <translation>No evidence linked yet.</translation>
        </message>
        <message>
            <source>No reflections yet.</source>
            <translation>No reflections yet.</translation>
        </message>
        <message>
            <source>the challenge</source>
            <translation>the challenge</translation>
        </message>
        <message>
            <source>why it matters</source>
            <translation>why it matters</translation>
        </message>
        <message>
            <source>the task</source>
            <translation>the task</translation>
        </message>
        <message>
            <source>who I planned it with</source>
            <translation>who I planned it with</translation>
        </message>
        <message>
            <source>success criteria</source>
            <translation>success criteria</translation>
        </message>
        <message>
            <source>the plan</source>
            <translation>the plan</translation>
        </message>
        <message>
            <source>checkpoints</source>
            <translation>checkpoints</translation>
        </message>
        <message>
            <source>&amp;Check in again…</source>
            <translation>&amp;Check in again…</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Delete goal</translation>
        </message>
        <message>
            <source>Delete this goal with its plan, checkpoints and ratings? The entries linked as evidence and your reflections stay in your journal.</source>
            <translation>Delete this goal with its plan, checkpoints and ratings? The entries linked as evidence and your reflections stay in your journal.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Unlink evidence</source>
            <translation>Unlink evidence</translation>
        </message>
        <message>
            <source>Unlink this entry from the goal? The entry itself stays in your journal.</source>
            <translation>Unlink this entry from the goal? The entry itself stays in your journal.</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Unlink</translation>
        </message>
    </context>
    <context>
        <name>GoalWizard</name>
        <message>
            <source>Plan a goal</source>
            <translation>Plan a goal</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Edit goal</translation>
        </message>
        <message>
            <source>&amp;Save goal</source>
            <translation>&amp;Save goal</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>You can skip this step and come back to it later.</source>
            <translation>You can skip this step and come back to it later.</translation>
        </message>
        <message>
            <source>My challenge, question or idea</source>
            <translation>My challenge, question or idea</translation>
        </message>
        <message>
            <source>e.g. Can I build a bridge that holds 1 kg?</source>
            <translation>e.g. Can I build a bridge that holds 1 kg?</translation>
        </message>
        <message>
            <source>What do I want to find out, make or get better at?</source>
            <translation>What do I want to find out, make or get better at?</translation>
        </message>
        <message>
            <source>A question works well: it gives me something to find out.</source>
            <translation>A question works well: it gives me something to find out.</translation>
        </message>
        <message>
            <source>Why it matters to me</source>
            <translation>Why it matters to me</translation>
        </message>
        <message>
            <source>Because…</source>
            <translation>Because…</translation>
        </message>
        <message>
            <source>Why do I care about this? What will it change for me?</source>
            <translation>Why do I care about this? What will it change for me?</translation>
        </message>
        <message>
            <source>How I'll know I've got there</source>
            <translation>How I'll know I've got there</translation>
        </message>
        <message>
            <source>New success criterion</source>
            <translation>New success criterion</translation>
        </message>
        <message>
            <source>e.g. I can explain my results clearly</source>
            <translation>e.g. I can explain my results clearly</translation>
        </message>
        <message>
            <source>Who suggested it</source>
            <translation>Who suggested it</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>Add success criterion</source>
            <translation>Add success criterion</translation>
        </message>
        <message>
            <source>Success criteria</source>
            <translation>Success criteria</translation>
        </message>
        <message>
            <source>%1 (suggested by %2)</source>
            <translation>%1 (suggested by %2)</translation>
        </message>
        <message>
            <source>suggested by</source>
            <translation>suggested by</translation>
        </message>
        <message>
            <source>What will be measured? Each one can come from me, my teacher or a classmate.</source>
            <translation>What will be measured? Each one can come from me, my teacher or a classmate.</translation>
        </message>
        <message>
            <source>What I'll make or do to show it</source>
            <translation>What I'll make or do to show it</translation>
        </message>
        <message>
            <source>The task</source>
            <translation>The task</translation>
        </message>
        <message>
            <source>e.g. a two-minute video, a model, a talk</source>
            <translation>e.g. a two-minute video, a model, a talk</translation>
        </message>
        <message>
            <source>What makes it good</source>
            <translation>What makes it good</translation>
        </message>
        <message>
            <source>What will make it really good?</source>
            <translation>What will make it really good?</translation>
        </message>
        <message>
            <source>Audience: %1</source>
            <translation>Audience: %1</translation>
        </message>
        <message>
            <source>The &amp;task:</source>
            <translation>The &amp;task:</translation>
        </message>
        <message>
            <source>What makes it &amp;good:</source>
            <translation>What makes it &amp;good:</translation>
        </message>
        <message>
            <source>Who will see it:</source>
            <translation>Who will see it:</translation>
        </message>
        <message>
            <source>My plan</source>
            <translation>My plan</translation>
        </message>
        <message>
            <source>New step of my plan</source>
            <translation>New step of my plan</translation>
        </message>
        <message>
            <source>e.g. Read two articles about bridges</source>
            <translation>e.g. Read two articles about bridges</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Add step</translation>
        </message>
        <message>
            <source>Steps of my plan</source>
            <translation>Steps of my plan</translation>
        </message>
        <message>
            <source>What will I do, step by step? I'll tick them off as I go.</source>
            <translation>What will I do, step by step? I'll tick them off as I go.</translation>
        </message>
        <message>
            <source>Checkpoints</source>
            <translation>Checkpoints</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>I'm aiming to finish by</source>
            <translation>I'm aiming to finish by</translation>
        </message>
        <message>
            <source>Set a target date</source>
            <translation>Set a target date</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Target date</translation>
        </message>
        <message>
            <source>Checkpoint name</source>
            <translation>Checkpoint name</translation>
        </message>
        <message>
            <source>e.g. First draft done</source>
            <translation>e.g. First draft done</translation>
        </message>
        <message>
            <source>Checkpoint date</source>
            <translation>Checkpoint date</translation>
        </message>
        <message>
            <source>Add checkpoint</source>
            <translation>Add checkpoint</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Checkpoint</translation>
        </message>
        <message>
            <source>&amp;Starting</source>
            <translation>&amp;Starting</translation>
        </message>
        <message>
            <source>When will I stop and check how it's going? I'll rate my progress then.</source>
            <translation>When will I stop and check how it's going? I'll rate my progress then.</translation>
        </message>
        <message>
            <source>Who I planned it with</source>
            <translation>Who I planned it with</translation>
        </message>
        <message>
            <source>e.g. Ms Okafor and my group</source>
            <translation>e.g. Ms Okafor and my group</translation>
        </message>
        <message>
            <source>Who helped me shape this goal?</source>
            <translation>Who helped me shape this goal?</translation>
        </message>
        <message>
            <source>Press Save goal when you're ready. Empty steps can be filled in later.</source>
            <translation>Press Save goal when you're ready. Empty steps can be filled in later.</translation>
        </message>
        <message>
            <source>Your goal isn't saved</source>
            <translation>Your goal isn't saved</translation>
        </message>
        <message>
            <source>You've written part of this goal but haven't saved it. If you close now, what you wrote here is lost. Keep working on it?</source>
            <translation>You've written part of this goal but haven't saved it. If you close now, what you wrote here is lost. Keep working on it?</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Close without saving</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Keep working</translation>
        </message>
    </context>
    <context>
        <name>GoalsListWidget</name>
        <message>
            <source>My goals</source>
            <translation>My goals</translation>
        </message>
        <message>
            <source>&amp;New goal…</source>
            <translation>&amp;New goal…</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>New goal</translation>
        </message>
        <message>
            <source>Goal status</source>
            <translation>Goal status</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>status, number of goals</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No goals here yet. A goal starts with a challenge, a question or an idea; press New goal to plan one, step by step.</source>
            <translation>No goals here yet. A goal starts with a challenge, a question or an idea; press New goal to plan one, step by step.</translation>
        </message>
        <message>
            <source>No goals here.</source>
            <translation>No goals here.</translation>
        </message>
    </context>
    <context>
        <name>GoalsPage</name>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
    </context>
    <context>
        <name>GrowthView</name>
        <message>
            <source>How this entry grew</source>
            <translation>How this entry grew</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <source>Tick two drafts to compare them side by side.</source>
            <translation>Tick two drafts to compare them side by side.</translation>
        </message>
        <message>
            <source>&amp;Compare the two drafts</source>
            <translation>&amp;Compare the two drafts</translation>
        </message>
        <message>
            <source>Compare the two ticked drafts</source>
            <translation>Compare the two ticked drafts</translation>
        </message>
        <message>
            <source>Choose an entry to see how it grew.</source>
            <translation>Choose an entry to see how it grew.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Untitled</translation>
        </message>
        <message>
            <source>No drafts saved yet.</source>
            <translation>No drafts saved yet.</translation>
        </message>
        <message>
            <source>Drafts: {count} · words: {first} → {last}</source>
            <translation>Drafts: {count} · words: {first} → {last}</translation>
        </message>
        <message numerus="yes">
            <source>over %n day(s) (%1 – %2)</source>
            <translation>
                <numerusform>over %n day (%1 – %2)</numerusform>
                <numerusform>over %n days (%1 – %2)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is missing from the journal folder.</source>
            <translation>{name} is missing from the journal folder.</translation>
        </message>
        <message>
            <source>Ready to compare.</source>
            <translation>Ready to compare.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>Open the Learning Journal user guide</source>
            <translation>Open the Learning Journal user guide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>See every keyboard shortcut of this window</source>
            <translation>See every keyboard shortcut of this window</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Files Learning Journal can import (*.feedback.json *.portfolio.zip *.zip *.json *.txt);;All files (*)</source>
            <translation>Files Learning Journal can import (*.feedback.json *.portfolio.zip *.zip *.json *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>Import a file</translation>
        </message>
        <message>
            <source>Importing %1</source>
            <translation>Importing %1</translation>
        </message>
        <message>
            <source>What kind of file it is</source>
            <translation>What kind of file it is</translation>
        </message>
        <message>
            <source>Find out from the file</source>
            <translation>Find out from the file</translation>
        </message>
        <message>
            <source>Feedback from a teacher (.feedback.json)</source>
            <translation>Feedback from a teacher (.feedback.json)</translation>
        </message>
        <message>
            <source>A portfolio file (.portfolio.zip)</source>
            <translation>A portfolio file (.portfolio.zip)</translation>
        </message>
        <message>
            <source>A jrnl journal (text or JSON)</source>
            <translation>A jrnl journal (text or JSON)</translation>
        </message>
        <message>
            <source>A Day One export (.zip)</source>
            <translation>A Day One export (.zip)</translation>
        </message>
        <message>
            <source>A teacher's prompt pack</source>
            <translation>A teacher's prompt pack</translation>
        </message>
        <message>
            <source>&amp;Kind of file:</source>
            <translation>&amp;Kind of file:</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Import progress</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Stop</translation>
        </message>
        <message>
            <source>Stop importing</source>
            <translation>Stop importing</translation>
        </message>
        <message>
            <source>Stop before anything is added</source>
            <translation>Stop before anything is added</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>This journal is open read-only, so nothing can be imported into it.</source>
            <translation>This journal is open read-only, so nothing can be imported into it.</translation>
        </message>
        <message>
            <source>Checking the file before anything changes…</source>
            <translation>Checking the file before anything changes…</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importing %1…</translation>
        </message>
        <message>
            <source>Stopping; nothing will be added…</source>
            <translation>Stopping; nothing will be added…</translation>
        </message>
        <message>
            <source>Learning Journal can't tell what kind of file %1 is; choose its kind above and press Import again.</source>
            <translation>Learning Journal can't tell what kind of file %1 is; choose its kind above and press Import again.</translation>
        </message>
        <message>
            <source>Try &amp;again</source>
            <translation>Try &amp;again</translation>
        </message>
        <message>
            <source>Something went wrong while importing %1 (%2); nothing was changed.</source>
            <translation>Something went wrong while importing %1 (%2); nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>ImportWords</name>
        <message>
            <source>your teacher</source>
            <translation>your teacher</translation>
        </message>
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
        <message>
            <source>Everything in the portfolio was already in this journal; nothing was added.</source>
            <translation>Everything in the portfolio was already in this journal; nothing was added.</translation>
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
        <message>
            <source>Imported the portfolio: %1, %2, %3 and %4.</source>
            <translation>Imported the portfolio: %1, %2, %3 and %4.</translation>
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
        <name>ItemList</name>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove from %1</source>
            <translation>Remove from %1</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
    </context>
    <context>
        <name>JournalWindow</name>
        <message>
            <source>Entries</source>
            <translation>Entries</translation>
        </message>
        <message>
            <source>What did I change, and why? (optional)</source>
            <translation>What did I change, and why? (optional)</translation>
        </message>
        <message>
            <source>Note for this revision</source>
            <translation>Note for this revision</translation>
        </message>
        <message>
            <source>Save revision</source>
            <translation>Save revision</translation>
        </message>
        <message>
            <source>Keep this version in the history (Ctrl+S)</source>
            <translation>Keep this version in the history (Ctrl+S)</translation>
        </message>
        <message>
            <source>Nothing here yet. Press Ctrl+N to write your first entry.</source>
            <translation>Nothing here yet. Press Ctrl+N to write your first entry.</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>How I learn best</source>
            <translation>How I learn best</translation>
        </message>
        <message>
            <source>Exhibitions</source>
            <translation>Exhibitions</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>&amp;Journal</source>
            <translation>&amp;Journal</translation>
        </message>
        <message>
            <source>T&amp;imeline</source>
            <translation>T&amp;imeline</translation>
        </message>
        <message>
            <source>&amp;Goals</source>
            <translation>&amp;Goals</translation>
        </message>
        <message>
            <source>How I &amp;learn best</source>
            <translation>How I &amp;learn best</translation>
        </message>
        <message>
            <source>E&amp;xhibitions</source>
            <translation>E&amp;xhibitions</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;New entry</translation>
        </message>
        <message>
            <source>Start a new entry</source>
            <translation>Start a new entry</translation>
        </message>
        <message>
            <source>New from &amp;template…</source>
            <translation>New from &amp;template…</translation>
        </message>
        <message>
            <source>Start a new entry from a template</source>
            <translation>Start a new entry from a template</translation>
        </message>
        <message>
            <source>Save as te&amp;mplate…</source>
            <translation>Save as te&amp;mplate…</translation>
        </message>
        <message>
            <source>Keep this entry's shape as a template of your own</source>
            <translation>Keep this entry's shape as a template of your own</translation>
        </message>
        <message>
            <source>&amp;Save revision</source>
            <translation>&amp;Save revision</translation>
        </message>
        <message>
            <source>Keep this version in the history</source>
            <translation>Keep this version in the history</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>&amp;Add files…</translation>
        </message>
        <message>
            <source>Attach pictures, documents or any file to this entry</source>
            <translation>Attach pictures, documents or any file to this entry</translation>
        </message>
        <message>
            <source>Move to &amp;trash</source>
            <translation>Move to &amp;trash</translation>
        </message>
        <message>
            <source>Move this entry to the trash (you can restore it)</source>
            <translation>Move this entry to the trash (you can restore it)</translation>
        </message>
        <message>
            <source>Open tras&amp;h…</source>
            <translation>Open tras&amp;h…</translation>
        </message>
        <message>
            <source>&amp;Open a sample journal…</source>
            <translation>&amp;Open a sample journal…</translation>
        </message>
        <message>
            <source>Explore a made-up student's journal in a separate window</source>
            <translation>Explore a made-up student's journal in a separate window</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>S&amp;witch journal…</source>
            <translation>S&amp;witch journal…</translation>
        </message>
        <message>
            <source>Close this journal (your writing is saved) and choose whose opens</source>
            <translation>Close this journal (your writing is saved) and choose whose opens</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Lock now</translation>
        </message>
        <message>
            <source>Close your journal until its passphrase is typed again</source>
            <translation>Close your journal until its passphrase is typed again</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <source>&amp;Compare first and latest</source>
            <translation>&amp;Compare first and latest</translation>
        </message>
        <message>
            <source>Show &amp;history</source>
            <translation>Show &amp;history</translation>
        </message>
        <message>
            <source>Go to the entries &amp;list</source>
            <translation>Go to the entries &amp;list</translation>
        </message>
        <message>
            <source>Go to the &amp;editor</source>
            <translation>Go to the &amp;editor</translation>
        </message>
        <message>
            <source>&amp;About Learning Journal</source>
            <translation>&amp;About Learning Journal</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>&amp;Reflect</source>
            <translation>&amp;Reflect</translation>
        </message>
        <message>
            <source>New &amp;goal…</source>
            <translation>New &amp;goal…</translation>
        </message>
        <message>
            <source>Plan a new goal step by step</source>
            <translation>Plan a new goal step by step</translation>
        </message>
        <message>
            <source>&amp;Prompt library…</source>
            <translation>&amp;Prompt library…</translation>
        </message>
        <message>
            <source>See all reflection prompts, write your own, or add a teacher's pack</source>
            <translation>See all reflection prompts, write your own, or add a teacher's pack</translation>
        </message>
        <message>
            <source>New e&amp;xhibition…</source>
            <translation>New e&amp;xhibition…</translation>
        </message>
        <message>
            <source>Plan an exhibition of your learning from a template</source>
            <translation>Plan an exhibition of your learning from a template</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Main</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>E&amp;xport portfolio…</source>
            <translation>E&amp;xport portfolio…</translation>
        </message>
        <message>
            <source>See what will leave, then save a portfolio for your teacher</source>
            <translation>See what will leave, then save a portfolio for your teacher</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>Add feedback, a portfolio, a jrnl or Day One journal, or a prompt pack</source>
            <translation>Add feedback, a portfolio, a jrnl or Day One journal, or a prompt pack</translation>
        </message>
        <message>
            <source>Open portfolio for &amp;review…</source>
            <translation>Open portfolio for &amp;review…</translation>
        </message>
        <message>
            <source>Read a student's portfolio without changing your own journal</source>
            <translation>Read a student's portfolio without changing your own journal</translation>
        </message>
        <message>
            <source>C&amp;lass overview…</source>
            <translation>C&amp;lass overview…</translation>
        </message>
        <message>
            <source>See every portfolio in a folder at a glance</source>
            <translation>See every portfolio in a folder at a glance</translation>
        </message>
        <message>
            <source>Show &amp;feedback</source>
            <translation>Show &amp;feedback</translation>
        </message>
        <message>
            <source>Show the comments your teacher sent on this entry or goal</source>
            <translation>Show the comments your teacher sent on this entry or goal</translation>
        </message>
        <message>
            <source>Save as template</source>
            <translation>Save as template</translation>
        </message>
        <message>
            <source>Name for your template:</source>
            <translation>Name for your template:</translation>
        </message>
        <message>
            <source>The template was not saved</source>
            <translation>The template was not saved</translation>
        </message>
        <message>
            <source>Saved as a template of yours.</source>
            <translation>Saved as a template of yours.</translation>
        </message>
        <message>
            <source>Saved revision %1.</source>
            <translation>Saved revision %1.</translation>
        </message>
        <message>
            <source>No changes since the last revision, so nothing new was added.</source>
            <translation>No changes since the last revision, so nothing new was added.</translation>
        </message>
        <message>
            <source>Moved to the trash. Undo (Ctrl+Z) or open the trash to bring it back.</source>
            <translation>Moved to the trash. Undo (Ctrl+Z) or open the trash to bring it back.</translation>
        </message>
        <message>
            <source>Restored. It is now revision %1; every other version is still in the history.</source>
            <translation>Restored. It is now revision %1; every other version is still in the history.</translation>
        </message>
        <message>
            <source>This entry has only one version so far; save a revision to compare.</source>
            <translation>This entry has only one version so far; save a revision to compare.</translation>
        </message>
        <message>
            <source>Add files to this entry</source>
            <translation>Add files to this entry</translation>
        </message>
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
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Your writing is not saved yet</source>
            <translation>Your writing is not saved yet</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Editing…</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>All saved</source>
            <translation>All saved</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backed up to %1</source>
            <translation>Backed up to %1</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Backup failed</translation>
        </message>
        <message>
            <source>Your journal was backed up.</source>
            <translation>Your journal was backed up.</translation>
        </message>
        <message>
            <source>The automatic backup didn't work: %1</source>
            <translation>The automatic backup didn't work: %1</translation>
        </message>
        <message>
            <source>About Learning Journal</source>
            <translation>About Learning Journal</translation>
        </message>
        <message>
            <source>Learning Journal %1

The story of your own learning, kept on this computer.

Your journal is in:
%2</source>
            <translation>Learning Journal %1

The story of your own learning, kept on this computer.

Your journal is in:
%2</translation>
        </message>
        <message>
            <source>%1's Learning Journal</source>
            <translation>%1's Learning Journal</translation>
        </message>
        <message>
            <source>Learning Journal</source>
            <translation>Learning Journal</translation>
        </message>
        <message numerus="yes">
            <source>Learning Journal closed unexpectedly last time. Your writing was kept: %n entry(s) have a draft that is newer than their last revision.</source>
            <translation>
                <numerusform>Learning Journal closed unexpectedly last time. Your writing was kept: %n entry has a draft that is newer than their last revision.</numerusform>
                <numerusform>Learning Journal closed unexpectedly last time. Your writing was kept: %n entries have a draft that is newer than their last revision.</numerusform>
            </translation>
        </message>
        <message>
            <source>This journal has no name yet. It will ask again next time, or you can type your name in Preferences or on the Today page.</source>
            <translation>This journal has no name yet. It will ask again next time, or you can type your name in Preferences or on the Today page.</translation>
        </message>
        <message>
            <source>Making a sample journal to explore…</source>
            <translation>Making a sample journal to explore…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Making the sample journal</source>
            <translation>Making the sample journal</translation>
        </message>
        <message>
            <source>The sample journal could not be made</source>
            <translation>The sample journal could not be made</translation>
        </message>
        <message>
            <source>The sample journal could not be opened</source>
            <translation>The sample journal could not be opened</translation>
        </message>
        <message>
            <source> — sample journal</source>
            <translation> — sample journal</translation>
        </message>
        <message>
            <source>Switch between panels</source>
            <translation>Switch between panels</translation>
        </message>
        <message>
            <source>Something you wrote isn't saved</source>
            <translation>Something you wrote isn't saved</translation>
        </message>
        <message>
            <source>You've written something here that isn't saved yet. If you quit now, it is lost. Go back to it?</source>
            <translation>You've written something here that isn't saved yet. If you quit now, it is lost. Go back to it?</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>Quit without saving</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
        </message>
        <message>
            <source>Your journal was not locked: your latest writing could not be saved.</source>
            <translation>Your journal was not locked: your latest writing could not be saved.</translation>
        </message>
        <message>
            <source>Your last changes could not be saved</source>
            <translation>Your last changes could not be saved</translation>
        </message>
        <message>
            <source>Learning Journal could not save your latest writing. If you quit now, the last few words may be lost. Quit anyway?</source>
            <translation>Learning Journal could not save your latest writing. If you quit now, the last few words may be lost. Quit anyway?</translation>
        </message>
        <message>
            <source>Quit anyway</source>
            <translation>Quit anyway</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Clear %1</source>
            <translation>Clear %1</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Bringing your journal back…</source>
            <translation>Bringing your journal back…</translation>
        </message>
        <message>
            <source>This journal is locked with a passphrase.</source>
            <translation>This journal is locked with a passphrase.</translation>
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation>Opening your journal…</translation>
        </message>
        <message>
            <source>Your journal is locked.</source>
            <translation>Your journal is locked.</translation>
        </message>
    </context>
    <context>
        <name>LearningProfileView</name>
        <message>
            <source>How I learn best</source>
            <translation>How I learn best</translation>
        </message>
        <message>
            <source>My learning profile</source>
            <translation>My learning profile</translation>
        </message>
        <message>
            <source>I learn best when… I find it hard when… When I'm stuck, I…</source>
            <translation>I learn best when… I find it hard when… When I'm stuck, I…</translation>
        </message>
        <message>
            <source>&amp;Save my profile</source>
            <translation>&amp;Save my profile</translation>
        </message>
        <message>
            <source>Save my learning profile</source>
            <translation>Save my learning profile</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Earlier versions of my learning profile</source>
            <translation>Earlier versions of my learning profile</translation>
        </message>
        <message>
            <source>Earlier versions</source>
            <translation>Earlier versions</translation>
        </message>
        <message>
            <source>When learning went well (4 or 5), I was often…</source>
            <translation>When learning went well (4 or 5), I was often…</translation>
        </message>
        <message>
            <source>Conditions when learning went well</source>
            <translation>Conditions when learning went well</translation>
        </message>
        <message>
            <source>When it went badly (1 or 2), I was often…</source>
            <translation>When it went badly (1 or 2), I was often…</translation>
        </message>
        <message>
            <source>Conditions when learning went badly</source>
            <translation>Conditions when learning went badly</translation>
        </message>
        <message>
            <source>My answers about how I learn best</source>
            <translation>My answers about how I learn best</translation>
        </message>
        <message>
            <source>What my reflections say about the way I learn. Every pattern here comes from my own answers, with how many it rests on.</source>
            <translation>What my reflections say about the way I learn. Every pattern here comes from my own answers, with how many it rests on.</translation>
        </message>
        <message>
            <source>What goes with learning going well</source>
            <translation>What goes with learning going well</translation>
        </message>
        <message>
            <source>My four attributes over time</source>
            <translation>My four attributes over time</translation>
        </message>
        <message>
            <source>Each bar is a month of entries and reflections; the number is how many.</source>
            <translation>Each bar is a month of entries and reflections; the number is how many.</translation>
        </message>
        <message>
            <source>Then and now</source>
            <translation>Then and now</translation>
        </message>
        <message>
            <source>All my answers about how I learn best</source>
            <translation>All my answers about how I learn best</translation>
        </message>
        <message>
            <source>No answers yet. Prompts about how you learn best will show up here.</source>
            <translation>No answers yet. Prompts about how you learn best will show up here.</translation>
        </message>
        <message>
            <source>Write it in your own words. It goes with your portfolio.</source>
            <translation>Write it in your own words. It goes with your portfolio.</translation>
        </message>
        <message>
            <source>Last changed %1</source>
            <translation>Last changed %1</translation>
        </message>
        <message numerus="yes">
            <source>You've said how well it went in %n reflection(s).</source>
            <translation>
                <numerusform>You've said how well it went in %n reflection.</numerusform>
                <numerusform>You've said how well it went in %n reflections.</numerusform>
            </translation>
        </message>
        <message>
            <source>A pattern shows here once at least %1 reflections share it, so nothing is guessed from too little.</source>
            <translation>A pattern shows here once at least %1 reflections share it, so nothing is guessed from too little.</translation>
        </message>
        <message>
            <source>Only patterns backed by at least %1 are shown.</source>
            <translation>Only patterns backed by at least %1 are shown.</translation>
        </message>
        <message>
            <source>My first answer beside my latest, for questions I've answered more than once.</source>
            <translation>My first answer beside my latest, for questions I've answered more than once.</translation>
        </message>
        <message>
            <source>Answer the same question about how you learn again later, and you'll see your first answer beside your latest here.</source>
            <translation>Answer the same question about how you learn again later, and you'll see your first answer beside your latest here.</translation>
        </message>
        <message>
            <source>Your learning profile wasn't saved</source>
            <translation>Your learning profile wasn't saved</translation>
        </message>
    </context>
    <context>
        <name>LinkEvidenceDialog</name>
        <message>
            <source>Link evidence</source>
            <translation>Link evidence</translation>
        </message>
        <message>
            <source>Find an entry</source>
            <translation>Find an entry</translation>
        </message>
        <message>
            <source>Find an entry…</source>
            <translation>Find an entry…</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entries</translation>
        </message>
        <message>
            <source>Which version</source>
            <translation>Which version</translation>
        </message>
        <message>
            <source>Which criterion it shows</source>
            <translation>Which criterion it shows</translation>
        </message>
        <message>
            <source>The goal as a whole</source>
            <translation>The goal as a whole</translation>
        </message>
        <message>
            <source>Note about the evidence</source>
            <translation>Note about the evidence</translation>
        </message>
        <message>
            <source>What does it show? (optional)</source>
            <translation>What does it show? (optional)</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Link</translation>
        </message>
        <message>
            <source>Link as evidence</source>
            <translation>Link as evidence</translation>
        </message>
        <message>
            <source>Which piece of work shows progress towards “%1”?</source>
            <translation>Which piece of work shows progress towards “%1”?</translation>
        </message>
        <message>
            <source>this goal</source>
            <translation>this goal</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Version:</translation>
        </message>
        <message>
            <source>It &amp;shows:</source>
            <translation>It &amp;shows:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
        </message>
        <message>
            <source>As it is now (follows new versions)</source>
            <translation>As it is now (follows new versions)</translation>
        </message>
        <message>
            <source>Version %1 · %2</source>
            <translation>Version %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>LockSection</name>
        <message>
            <source>Lock with a passphrase</source>
            <translation>Lock with a passphrase</translation>
        </message>
        <message>
            <source>Lock status</source>
            <translation>Lock status</translation>
        </message>
        <message>
            <source>&amp;Lock with a passphrase…</source>
            <translation>&amp;Lock with a passphrase…</translation>
        </message>
        <message>
            <source>Lock the journal with a passphrase</source>
            <translation>Lock the journal with a passphrase</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation>C&amp;hange passphrase…</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Change the passphrase</translation>
        </message>
        <message>
            <source>&amp;Remove the lock…</source>
            <translation>&amp;Remove the lock…</translation>
        </message>
        <message>
            <source>Remove the passphrase lock</source>
            <translation>Remove the passphrase lock</translation>
        </message>
        <message>
            <source>When the journal is locked, everything in its folder (entries, files, pictures and backups) is encrypted, and it opens only with the passphrase.</source>
            <translation>When the journal is locked, everything in its folder (entries, files, pictures and backups) is encrypted, and it opens only with the passphrase.</translation>
        </message>
        <message>
            <source>This journal is locked with a passphrase.</source>
            <translation>This journal is locked with a passphrase.</translation>
        </message>
        <message>
            <source>This journal is not locked: anyone using this computer can open it.</source>
            <translation>This journal is not locked: anyone using this computer can open it.</translation>
        </message>
        <message>
            <source>Locking your journal…</source>
            <translation>Locking your journal…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <source>Removing the lock…</source>
            <translation>Removing the lock…</translation>
        </message>
        <message>
            <source>Remove the lock</source>
            <translation>Remove the lock</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>just now</source>
            <translation>just now</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>at %1</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Entry title</source>
            <translation>Entry title</translation>
        </message>
        <message>
            <source>Entry text</source>
            <translation>Entry text</translation>
        </message>
        <message>
            <source>Write in Markdown: # for a heading, **bold**, *italic*, - for a list, - [ ] for a checklist.</source>
            <translation>Write in Markdown: # for a heading, **bold**, *italic*, - for a list, - [ ] for a checklist.</translation>
        </message>
        <message>
            <source>Start writing… Use # for a heading, **bold**, - [ ] for a checklist.</source>
            <translation>Start writing… Use # for a heading, **bold**, - [ ] for a checklist.</translation>
        </message>
        <message>
            <source>Preview of entry text</source>
            <translation>Preview of entry text</translation>
        </message>
        <message>
            <source>Word count</source>
            <translation>Word count</translation>
        </message>
        <message>
            <source>&amp;Bold</source>
            <translation>&amp;Bold</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Bold</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>&amp;Italic</source>
            <translation>&amp;Italic</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Italic</translation>
        </message>
        <message>
            <source>I</source>
            <translation>I</translation>
        </message>
        <message>
            <source>&amp;Heading</source>
            <translation>&amp;Heading</translation>
        </message>
        <message>
            <source>Make this line a heading (press again for a smaller one)</source>
            <translation>Make this line a heading (press again for a smaller one)</translation>
        </message>
        <message>
            <source>H</source>
            <translation>H</translation>
        </message>
        <message>
            <source>&amp;Checklist item</source>
            <translation>&amp;Checklist item</translation>
        </message>
        <message>
            <source>Make this line a checklist item, or tick it off</source>
            <translation>Make this line a checklist item, or tick it off</translation>
        </message>
        <message>
            <source>☑ Checklist</source>
            <translation>☑ Checklist</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Link</translation>
        </message>
        <message>
            <source>Add a link</source>
            <translation>Add a link</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Preview</translation>
        </message>
        <message>
            <source>Show how the entry looks when formatted</source>
            <translation>Show how the entry looks when formatted</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Undo &amp;typing</source>
            <translation>Undo &amp;typing</translation>
        </message>
        <message>
            <source>Redo typ&amp;ing</source>
            <translation>Redo typ&amp;ing</translation>
        </message>
        <message>
            <source>Formatting</source>
            <translation>Formatting</translation>
        </message>
        <message>
            <source>More formatting</source>
            <translation>More formatting</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
        <message>
            <source>link text</source>
            <translation>link text</translation>
        </message>
    </context>
    <context>
        <name>OnThisDayCard</name>
        <message>
            <source>On this day</source>
            <translation>On this day</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
        <message>
            <source>Hide On this day</source>
            <translation>Hide On this day</translation>
        </message>
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
        <message>
            <source>Untitled entry</source>
            <translation>Untitled entry</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>how long ago, entry title</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Open %1</translation>
        </message>
    </context>
    <context>
        <name>PanelFeedbackDialog</name>
        <message>
            <source>Starting out</source>
            <translation>Starting out</translation>
        </message>
        <message>
            <source>On the way</source>
            <translation>On the way</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Got it</translation>
        </message>
        <message>
            <source>Going beyond</source>
            <translation>Going beyond</translation>
        </message>
        <message>
            <source>Panel feedback on “{title}”</source>
            <translation>Panel feedback on “{title}”</translation>
        </message>
        <message>
            <source>For each station: what impressed you, and what you wondered about. Rate the goals it shows if you can. Leave blank what you didn't see.</source>
            <translation>For each station: what impressed you, and what you wondered about. Rate the goals it shows if you can. Leave blank what you didn't see.</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Untitled entry</translation>
        </message>
        <message>
            <source>Station {n}: {label}</source>
            <translation>Station {n}: {label}</translation>
        </message>
        <message>
            <source>Wow for station {n}</source>
            <translation>Wow for station {n}</translation>
        </message>
        <message>
            <source>Something that impressed you</source>
            <translation>Something that impressed you</translation>
        </message>
        <message>
            <source>Wonder for station {n}</source>
            <translation>Wonder for station {n}</translation>
        </message>
        <message>
            <source>Something you wondered about</source>
            <translation>Something you wondered about</translation>
        </message>
        <message>
            <source>&amp;Wow:</source>
            <translation>&amp;Wow:</translation>
        </message>
        <message>
            <source>W&amp;onder:</source>
            <translation>W&amp;onder:</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Not rated</translation>
        </message>
        <message>
            <source>Rating for “{criterion}” at station {n}</source>
            <translation>Rating for “{criterion}” at station {n}</translation>
        </message>
        <message>
            <source>This exhibition has no stations to give feedback on.</source>
            <translation>This exhibition has no stations to give feedback on.</translation>
        </message>
        <message>
            <source>&amp;Questions the panel asked (one a line):</source>
            <translation>&amp;Questions the panel asked (one a line):</translation>
        </message>
        <message>
            <source>Questions the panel asked</source>
            <translation>Questions the panel asked</translation>
        </message>
        <message>
            <source>Add to my feedback</source>
            <translation>Add to my feedback</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>New passphrase again</translation>
        </message>
        <message>
            <source>I forgot it: use my &amp;recovery key</source>
            <translation>I forgot it: use my &amp;recovery key</translation>
        </message>
        <message>
            <source>Use recovery key</source>
            <translation>Use recovery key</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Current passphrase:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;New passphrase:</translation>
        </message>
        <message>
            <source>Type it &amp;again:</source>
            <translation>Type it &amp;again:</translation>
        </message>
        <message>
            <source>At least %1 characters; a few words you will remember are best.</source>
            <translation>At least %1 characters; a few words you will remember are best.</translation>
        </message>
        <message>
            <source>Passphrase message</source>
            <translation>Passphrase message</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>&amp;Recovery key:</source>
            <translation>&amp;Recovery key:</translation>
        </message>
        <message>
            <source>Type the current passphrase (or the recovery key).</source>
            <translation>Type the current passphrase (or the recovery key).</translation>
        </message>
        <message>
            <source>A passphrase needs at least %1 characters.</source>
            <translation>A passphrase needs at least %1 characters.</translation>
        </message>
        <message>
            <source>A passphrase can't start or end with a space.</source>
            <translation>A passphrase can't start or end with a space.</translation>
        </message>
        <message>
            <source>The two new passphrases are not the same; type them again.</source>
            <translation>The two new passphrases are not the same; type them again.</translation>
        </message>
    </context>
    <context>
        <name>PortfolioActions</name>
        <message>
            <source>Portfolio files (*.portfolio.zip *.zip);;All files (*)</source>
            <translation>Portfolio files (*.portfolio.zip *.zip);;All files (*)</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Saved your portfolio to %1.</source>
            <translation>Saved your portfolio to %1.</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>Import a file</translation>
        </message>
        <message>
            <source>Open a portfolio to review</source>
            <translation>Open a portfolio to review</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Checking %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Checking the portfolio</source>
            <translation>Checking the portfolio</translation>
        </message>
        <message>
            <source>Open for review</source>
            <translation>Open for review</translation>
        </message>
        <message>
            <source>Stopped; nothing was opened.</source>
            <translation>Stopped; nothing was opened.</translation>
        </message>
        <message>
            <source>%1 could not be opened (%2).</source>
            <translation>%1 could not be opened (%2).</translation>
        </message>
        <message>
            <source>This portfolio can't be reviewed</source>
            <translation>This portfolio can't be reviewed</translation>
        </message>
        <message>
            <source>Choose the folder of your class's portfolios</source>
            <translation>Choose the folder of your class's portfolios</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Your journal</source>
            <translation>Your journal</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>&amp;Show in file manager</source>
            <translation>&amp;Show in file manager</translation>
        </message>
        <message>
            <source>Show data folder in file manager</source>
            <translation>Show data folder in file manager</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Data folder:</translation>
        </message>
        <message>
            <source>Everything you write and attach is kept in this folder.</source>
            <translation>Everything you write and attach is kept in this folder.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <source>Name on exported portfolios</source>
            <translation>Name on exported portfolios</translation>
        </message>
        <message>
            <source>My full name</source>
            <translation>My full name</translation>
        </message>
        <message>
            <source>My first name and the initial of my last name</source>
            <translation>My first name and the initial of my last name</translation>
        </message>
        <message>
            <source>On &amp;portfolios:</source>
            <translation>On &amp;portfolios:</translation>
        </message>
        <message>
            <source>Your name is kept in your journal, not on this computer, and is shown on the portfolios you export.</source>
            <translation>Your name is kept in your journal, not on this computer, and is shown on the portfolios you export.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Choose backup folder</source>
            <translation>Choose backup folder</translation>
        </message>
        <message>
            <source>Use &amp;default</source>
            <translation>Use &amp;default</translation>
        </message>
        <message>
            <source>Use the default backup folder</source>
            <translation>Use the default backup folder</translation>
        </message>
        <message>
            <source>&amp;Backup folder:</source>
            <translation>&amp;Backup folder:</translation>
        </message>
        <message>
            <source>Number of backups to keep</source>
            <translation>Number of backups to keep</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> backups</translation>
        </message>
        <message>
            <source>&amp;Keep the newest:</source>
            <translation>&amp;Keep the newest:</translation>
        </message>
        <message>
            <source>A USB stick or a cloud folder is a good place for backups: then a lost laptop doesn't mean a lost journal.</source>
            <translation>A USB stick or a cloud folder is a good place for backups: then a lost laptop doesn't mean a lost journal.</translation>
        </message>
        <message>
            <source>Writing</source>
            <translation>Writing</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> seconds</translation>
        </message>
        <message>
            <source>Autosave delay in seconds</source>
            <translation>Autosave delay in seconds</translation>
        </message>
        <message>
            <source>&amp;Save my typing after:</source>
            <translation>&amp;Save my typing after:</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Editor text size in points</source>
            <translation>Editor text size in points</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Text size:</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Appearance</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Same as my computer</source>
            <translation>Same as my computer</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;heme:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>A new language is used from the next time you open the app.</source>
            <translation>A new language is used from the next time you open the app.</translation>
        </message>
        <message>
            <source>Save preferences</source>
            <translation>Save preferences</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>Lock after this many minutes without use</source>
            <translation>Lock after this many minutes without use</translation>
        </message>
        <message>
            <source>Loc&amp;k after minutes without use:</source>
            <translation>Loc&amp;k after minutes without use:</translation>
        </message>
        <message>
            <source>Choose a folder for backups</source>
            <translation>Choose a folder for backups</translation>
        </message>
    </context>
    <context>
        <name>PresentWindow</name>
        <message>
            <source>Rehearsing: {title}</source>
            <translation>Rehearsing: {title}</translation>
        </message>
        <message>
            <source>Presenting: {title}</source>
            <translation>Presenting: {title}</translation>
        </message>
        <message>
            <source>Station and time</source>
            <translation>Station and time</translation>
        </message>
        <message>
            <source>Station as the audience sees it</source>
            <translation>Station as the audience sees it</translation>
        </message>
        <message>
            <source>All stations</source>
            <translation>All stations</translation>
        </message>
        <message>
            <source>{number}. {label}</source>
            <translation>{number}. {label}</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Untitled entry</translation>
        </message>
        <message>
            <source>There is no station to show yet.</source>
            <translation>There is no station to show yet.</translation>
        </message>
        <message>
            <source>Station {n} of {total} · {time}</source>
            <translation>Station {n} of {total} · {time}</translation>
        </message>
        <message>
            <source> · this station {spent} of {planned}</source>
            <translation> · this station {spent} of {planned}</translation>
        </message>
        <message>
            <source> · go to {number}</source>
            <translation> · go to {number}</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>Over time</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <source>Presenter view: {title}</source>
            <translation>Presenter view: {title}</translation>
        </message>
        <message>
            <source>Station on show</source>
            <translation>Station on show</translation>
        </message>
        <message>
            <source>Your talking notes</source>
            <translation>Your talking notes</translation>
        </message>
        <message>
            <source>Next station</source>
            <translation>Next station</translation>
        </message>
        <message>
            <source>Time left for this station</source>
            <translation>Time left for this station</translation>
        </message>
        <message>
            <source>Time left overall</source>
            <translation>Time left overall</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Pace</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Clock</translation>
        </message>
        <message>
            <source>Right or Space: next · Left: back · number then Enter: jump · G: all stations · P: hide this view · Escape: stop</source>
            <translation>Right or Space: next · Left: back · number then Enter: jump · G: all stations · P: hide this view · Escape: stop</translation>
        </message>
        <message>
            <source>S: swap the two screens</source>
            <translation>S: swap the two screens</translation>
        </message>
        <message>
            <source>There is no station to show yet.</source>
            <translation>There is no station to show yet.</translation>
        </message>
        <message>
            <source>Station {n} of {total}: {label}</source>
            <translation>Station {n} of {total}: {label}</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Untitled entry</translation>
        </message>
        <message>
            <source>No notes for this station.</source>
            <translation>No notes for this station.</translation>
        </message>
        <message>
            <source>Next: {n}. {label}</source>
            <translation>Next: {n}. {label}</translation>
        </message>
        <message>
            <source>Next: this is the last station.</source>
            <translation>Next: this is the last station.</translation>
        </message>
        <message>
            <source>This station: {time} left</source>
            <translation>This station: {time} left</translation>
        </message>
        <message>
            <source>This station: {time} over</source>
            <translation>This station: {time} over</translation>
        </message>
        <message>
            <source>This station: {time}</source>
            <translation>This station: {time}</translation>
        </message>
        <message>
            <source>Overall: {time} left</source>
            <translation>Overall: {time} left</translation>
        </message>
        <message>
            <source>Overall: {time} over</source>
            <translation>Overall: {time} over</translation>
        </message>
        <message>
            <source>Overall: {time}</source>
            <translation>Overall: {time}</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>A little behind: think about moving on</source>
            <translation>A little behind: think about moving on</translation>
        </message>
        <message>
            <source>Behind: move on to the next station</source>
            <translation>Behind: move on to the next station</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>&amp;Answer</translation>
        </message>
        <message>
            <source>Answer this prompt</source>
            <translation>Answer this prompt</translation>
        </message>
        <message>
            <source>A&amp;nother</source>
            <translation>A&amp;nother</translation>
        </message>
        <message>
            <source>Show another prompt</source>
            <translation>Show another prompt</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>S&amp;kip</translation>
        </message>
        <message>
            <source>Skip this prompt</source>
            <translation>Skip this prompt</translation>
        </message>
        <message>
            <source>My answer</source>
            <translation>My answer</translation>
        </message>
        <message>
            <source>&amp;Edit answer</source>
            <translation>&amp;Edit answer</translation>
        </message>
        <message>
            <source>Edit my answer</source>
            <translation>Edit my answer</translation>
        </message>
        <message>
            <source>&amp;Delete answer</source>
            <translation>&amp;Delete answer</translation>
        </message>
        <message>
            <source>Delete my answer</source>
            <translation>Delete my answer</translation>
        </message>
        <message>
            <source>Edit → Undo brings it back</source>
            <translation>Edit → Undo brings it back</translation>
        </message>
        <message>
            <source>Prompt of the day</source>
            <translation>Prompt of the day</translation>
        </message>
        <message>
            <source>A question about this revision</source>
            <translation>A question about this revision</translation>
        </message>
        <message>
            <source>A checkpoint question</source>
            <translation>A checkpoint question</translation>
        </message>
        <message>
            <source>Looking back on this goal</source>
            <translation>Looking back on this goal</translation>
        </message>
        <message>
            <source>Choosing work to show</source>
            <translation>Choosing work to show</translation>
        </message>
        <message>
            <source>A question for you</source>
            <translation>A question for you</translation>
        </message>
        <message>
            <source>There are no prompts switched on right now.</source>
            <translation>There are no prompts switched on right now.</translation>
        </message>
        <message>
            <source>You answered this today:</source>
            <translation>You answered this today:</translation>
        </message>
        <message>
            <source>You answered this:</source>
            <translation>You answered this:</translation>
        </message>
        <message>
            <source>(conditions only)</source>
            <translation>(conditions only)</translation>
        </message>
        <message>
            <source>&amp;Answer again</source>
            <translation>&amp;Answer again</translation>
        </message>
        <message>
            <source>Answer this prompt again</source>
            <translation>Answer this prompt again</translation>
        </message>
        <message>
            <source>Your answer wasn't deleted</source>
            <translation>Your answer wasn't deleted</translation>
        </message>
        <message>
            <source>Answer deleted. Edit → Undo brings it back.</source>
            <translation>Answer deleted. Edit → Undo brings it back.</translation>
        </message>
        <message>
            <source>Skipped. There's always another day.</source>
            <translation>Skipped. There's always another day.</translation>
        </message>
        <message>
            <source>Saved. Thank you for thinking about it!</source>
            <translation>Saved. Thank you for thinking about it!</translation>
        </message>
    </context>
    <context>
        <name>PromptLibraryDialog</name>
        <message>
            <source>Prompts</source>
            <translation>Prompts</translation>
        </message>
        <message>
            <source>Prompt library sections</source>
            <translation>Prompt library sections</translation>
        </message>
        <message>
            <source>&amp;All prompts</source>
            <translation>&amp;All prompts</translation>
        </message>
        <message>
            <source>&amp;My prompts</source>
            <translation>&amp;My prompts</translation>
        </message>
        <message>
            <source>&amp;Teacher packs</source>
            <translation>&amp;Teacher packs</translation>
        </message>
        <message>
            <source>Show prompts about</source>
            <translation>Show prompts about</translation>
        </message>
        <message>
            <source>Every attribute</source>
            <translation>Every attribute</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Attribute</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Untick a prompt to stop it being offered.</source>
            <translation>Untick a prompt to stop it being offered.</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <source>My new prompt</source>
            <translation>My new prompt</translation>
        </message>
        <message>
            <source>A question I want to ask myself…</source>
            <translation>A question I want to ask myself…</translation>
        </message>
        <message>
            <source>Attribute of my prompt</source>
            <translation>Attribute of my prompt</translation>
        </message>
        <message>
            <source>When to offer my prompt</source>
            <translation>When to offer my prompt</translation>
        </message>
        <message>
            <source>It's about how I learn &amp;best</source>
            <translation>It's about how I learn &amp;best</translation>
        </message>
        <message>
            <source>About how I learn best</source>
            <translation>About how I learn best</translation>
        </message>
        <message>
            <source>A&amp;dd my prompt</source>
            <translation>A&amp;dd my prompt</translation>
        </message>
        <message>
            <source>Add my prompt</source>
            <translation>Add my prompt</translation>
        </message>
        <message>
            <source>My prompts</source>
            <translation>My prompts</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <source>Delete my prompt</source>
            <translation>Delete my prompt</translation>
        </message>
        <message>
            <source>&amp;Prompt:</source>
            <translation>&amp;Prompt:</translation>
        </message>
        <message>
            <source>About:</source>
            <translation>About:</translation>
        </message>
        <message>
            <source>Offer it:</source>
            <translation>Offer it:</translation>
        </message>
        <message>
            <source>A teacher can give you a prompt pack: a file of questions for your class. Tick a pack to have its prompts offered.</source>
            <translation>A teacher can give you a prompt pack: a file of questions for your class. Tick a pack to have its prompts offered.</translation>
        </message>
        <message>
            <source>Prompt packs</source>
            <translation>Prompt packs</translation>
        </message>
        <message>
            <source>&amp;Import a pack…</source>
            <translation>&amp;Import a pack…</translation>
        </message>
        <message>
            <source>Import a prompt pack</source>
            <translation>Import a prompt pack</translation>
        </message>
        <message>
            <source>&amp;Remove pack</source>
            <translation>&amp;Remove pack</translation>
        </message>
        <message>
            <source>Remove prompt pack</source>
            <translation>Remove prompt pack</translation>
        </message>
        <message>
            <source> by %1</source>
            <translation> by %1</translation>
        </message>
        <message numerus="yes">
            <source>%1%2 (%n prompt(s))</source>
            <translation>
                <numerusform>%1%2 (%n prompt)</numerusform>
                <numerusform>%1%2 (%n prompts)</numerusform>
            </translation>
        </message>
        <message>
            <source>Couldn't change the prompt</source>
            <translation>Couldn't change the prompt</translation>
        </message>
        <message>
            <source>Your prompt wasn't added</source>
            <translation>Your prompt wasn't added</translation>
        </message>
        <message>
            <source>Delete prompt</source>
            <translation>Delete prompt</translation>
        </message>
        <message>
            <source>Delete this prompt? Your answers to it are kept.</source>
            <translation>Delete this prompt? Your answers to it are kept.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Couldn't delete the prompt</source>
            <translation>Couldn't delete the prompt</translation>
        </message>
        <message>
            <source>Couldn't switch the pack</source>
            <translation>Couldn't switch the pack</translation>
        </message>
        <message>
            <source>Prompt packs (*.json);;All files (*)</source>
            <translation>Prompt packs (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Checking the pack…</source>
            <translation>Checking the pack…</translation>
        </message>
        <message>
            <source>Adding the prompt pack…</source>
            <translation>Adding the prompt pack…</translation>
        </message>
        <message numerus="yes">
            <source>Added the pack “%1” (%n prompt(s)).</source>
            <translation>
                <numerusform>Added the pack “%1” (%n prompt).</numerusform>
                <numerusform>Added the pack “%1” (%n prompts).</numerusform>
            </translation>
        </message>
        <message>
            <source>The pack wasn't added; nothing has changed.</source>
            <translation>The pack wasn't added; nothing has changed.</translation>
        </message>
        <message>
            <source>This pack can't be used</source>
            <translation>This pack can't be used</translation>
        </message>
        <message>
            <source>Remove pack</source>
            <translation>Remove pack</translation>
        </message>
        <message>
            <source>Remove this pack and its prompts? Your answers to them are kept.</source>
            <translation>Remove this pack and its prompts? Your answers to them are kept.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Couldn't remove the pack</source>
            <translation>Couldn't remove the pack</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Your recovery key</translation>
        </message>
        <message>
            <source>Your journal is locked. If you ever forget your passphrase, this recovery key is the only other way to open it. It is shown only now: copy it, save it or write it down, and keep it somewhere safe, away from this computer.</source>
            <translation>Your journal is locked. If you ever forget your passphrase, this recovery key is the only other way to open it. It is shown only now: copy it, save it or write it down, and keep it somewhere safe, away from this computer.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Copy the recovery key</source>
            <translation>Copy the recovery key</translation>
        </message>
        <message>
            <source>&amp;Save to a file…</source>
            <translation>&amp;Save to a file…</translation>
        </message>
        <message>
            <source>Save the recovery key to a file</source>
            <translation>Save the recovery key to a file</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Print the recovery key</source>
            <translation>Print the recovery key</translation>
        </message>
        <message>
            <source>Recovery key message</source>
            <translation>Recovery key message</translation>
        </message>
        <message>
            <source>I have kept it</source>
            <translation>I have kept it</translation>
        </message>
        <message>
            <source>I have kept my recovery key</source>
            <translation>I have kept my recovery key</translation>
        </message>
        <message>
            <source>Copied. Paste it somewhere safe.</source>
            <translation>Copied. Paste it somewhere safe.</translation>
        </message>
        <message>
            <source>Learning Journal recovery key</source>
            <translation>Learning Journal recovery key</translation>
        </message>
        <message>
            <source>It opens your journal if you forget your passphrase.</source>
            <translation>It opens your journal if you forget your passphrase.</translation>
        </message>
        <message>
            <source>Sent to the printer. Keep the page somewhere safe.</source>
            <translation>Sent to the printer. Keep the page somewhere safe.</translation>
        </message>
        <message>
            <source>Save the recovery key</source>
            <translation>Save the recovery key</translation>
        </message>
        <message>
            <source>The key could not be saved there (%1); choose another place.</source>
            <translation>The key could not be saved there (%1); choose another place.</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Saved to %1.</translation>
        </message>
    </context>
    <context>
        <name>Reflection</name>
        <message>
            <source>Working on it</source>
            <translation>Working on it</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>me</source>
            <translation>me</translation>
        </message>
        <message>
            <source>my teacher</source>
            <translation>my teacher</translation>
        </message>
        <message>
            <source>a classmate</source>
            <translation>a classmate</translation>
        </message>
        <message>
            <source>Just me</source>
            <translation>Just me</translation>
        </message>
        <message>
            <source>My class</source>
            <translation>My class</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Anyone</translation>
        </message>
        <message>
            <source>Just starting</source>
            <translation>Just starting</translation>
        </message>
        <message>
            <source>Getting there</source>
            <translation>Getting there</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Got it</translation>
        </message>
        <message>
            <source>I could teach it</source>
            <translation>I could teach it</translation>
        </message>
        <message>
            <source>I've begun, but I can't do this yet.</source>
            <translation>I've begun, but I can't do this yet.</translation>
        </message>
        <message>
            <source>I can do some of it, or with help.</source>
            <translation>I can do some of it, or with help.</translation>
        </message>
        <message>
            <source>I can do this on my own.</source>
            <translation>I can do this on my own.</translation>
        </message>
        <message>
            <source>I can do it well and explain it to someone else.</source>
            <translation>I can do it well and explain it to someone else.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Coming up</translation>
        </message>
        <message>
            <source>Any day</source>
            <translation>Any day</translation>
        </message>
        <message>
            <source>After a revision</source>
            <translation>After a revision</translation>
        </message>
        <message>
            <source>At a checkpoint</source>
            <translation>At a checkpoint</translation>
        </message>
        <message>
            <source>At the end of a goal</source>
            <translation>At the end of a goal</translation>
        </message>
        <message>
            <source>Choosing work to show</source>
            <translation>Choosing work to show</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Built in</translation>
        </message>
        <message>
            <source>Teacher's pack</source>
            <translation>Teacher's pack</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mine</translation>
        </message>
        <message>
            <source>On my own</source>
            <translation>On my own</translation>
        </message>
        <message>
            <source>With a friend</source>
            <translation>With a friend</translation>
        </message>
        <message>
            <source>In a group</source>
            <translation>In a group</translation>
        </message>
        <message>
            <source>With an expert</source>
            <translation>With an expert</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Reading</translation>
        </message>
        <message>
            <source>Making</source>
            <translation>Making</translation>
        </message>
        <message>
            <source>Talking</source>
            <translation>Talking</translation>
        </message>
        <message>
            <source>Watching</source>
            <translation>Watching</translation>
        </message>
        <message>
            <source>Practising</source>
            <translation>Practising</translation>
        </message>
        <message>
            <source>Teaching others</source>
            <translation>Teaching others</translation>
        </message>
        <message>
            <source>Morning</source>
            <translation>Morning</translation>
        </message>
        <message>
            <source>Afternoon</source>
            <translation>Afternoon</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>Evening</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Night</translation>
        </message>
        <message>
            <source>Classroom</source>
            <translation>Classroom</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Outdoors</source>
            <translation>Outdoors</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Lab</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Low energy</source>
            <translation>Low energy</translation>
        </message>
        <message>
            <source>Some energy</source>
            <translation>Some energy</translation>
        </message>
        <message>
            <source>Lots of energy</source>
            <translation>Lots of energy</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>With whom</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Time of day</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energy</translation>
        </message>
    </context>
    <context>
        <name>ReflectionEditor</name>
        <message>
            <source>Your answer</source>
            <translation>Your answer</translation>
        </message>
        <message>
            <source>Write as much or as little as you like…</source>
            <translation>Write as much or as little as you like…</translation>
        </message>
        <message>
            <source>How did the learning go? (optional)</source>
            <translation>How did the learning go? (optional)</translation>
        </message>
        <message>
            <source>Show learning conditions</source>
            <translation>Show learning conditions</translation>
        </message>
        <message>
            <source>Save answer</source>
            <translation>Save answer</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel answer</source>
            <translation>Cancel answer</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Your answer isn't saved</source>
            <translation>Your answer isn't saved</translation>
        </message>
        <message>
            <source>You've written an answer but haven't saved it. If you leave it now, what you wrote is lost. Keep writing?</source>
            <translation>You've written an answer but haven't saved it. If you leave it now, what you wrote is lost. Keep writing?</translation>
        </message>
        <message>
            <source>Discard my answer</source>
            <translation>Discard my answer</translation>
        </message>
        <message>
            <source>Keep writing</source>
            <translation>Keep writing</translation>
        </message>
        <message>
            <source>Your answer wasn't saved</source>
            <translation>Your answer wasn't saved</translation>
        </message>
    </context>
    <context>
        <name>ReviewFeedbackPanel</name>
        <message>
            <source>Your feedback</source>
            <translation>Your feedback</translation>
        </message>
        <message>
            <source>Your name, as the student will see it</source>
            <translation>Your name, as the student will see it</translation>
        </message>
        <message>
            <source>Your name, e.g. Ms Park</source>
            <translation>Your name, e.g. Ms Park</translation>
        </message>
        <message>
            <source>What your comment is about</source>
            <translation>What your comment is about</translation>
        </message>
        <message>
            <source>Your comment</source>
            <translation>Your comment</translation>
        </message>
        <message>
            <source>Write a comment for the student… (Ctrl+Enter adds it)</source>
            <translation>Write a comment for the student… (Ctrl+Enter adds it)</translation>
        </message>
        <message>
            <source>&amp;Add comment</source>
            <translation>&amp;Add comment</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Add comment</translation>
        </message>
        <message>
            <source>Add this comment (Ctrl+Enter)</source>
            <translation>Add this comment (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Your comments so far</source>
            <translation>Your comments so far</translation>
        </message>
        <message>
            <source>&amp;Remove comment</source>
            <translation>&amp;Remove comment</translation>
        </message>
        <message>
            <source>Remove the chosen comment</source>
            <translation>Remove the chosen comment</translation>
        </message>
        <message>
            <source>&amp;Save feedback…</source>
            <translation>&amp;Save feedback…</translation>
        </message>
        <message>
            <source>Save feedback</source>
            <translation>Save feedback</translation>
        </message>
        <message>
            <source>Save your comments as a feedback file (Ctrl+Shift+S)</source>
            <translation>Save your comments as a feedback file (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>&amp;About:</source>
            <translation>&amp;About:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Comments so far</source>
            <translation>Comments so far</translation>
        </message>
        <message>
            <source>A teacher</source>
            <translation>A teacher</translation>
        </message>
        <message>
            <source>Feedback already given here: %1</source>
            <translation>Feedback already given here: %1</translation>
        </message>
        <message>
            <source>That comment can't be added: it needs some text, at most %1 characters.</source>
            <translation>That comment can't be added: it needs some text, at most %1 characters.</translation>
        </message>
        <message>
            <source>About %1:</source>
            <translation>About %1:</translation>
        </message>
        <message>
            <source>No comments yet.</source>
            <translation>No comments yet.</translation>
        </message>
        <message>
            <source>Choose what your comment is about, write it, and add it.</source>
            <translation>Choose what your comment is about, write it, and add it.</translation>
        </message>
        <message>
            <source>No comments yet</source>
            <translation>No comments yet</translation>
        </message>
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
        <name>ReviewWindow</name>
        <message>
            <source> — review, read only</source>
            <translation> — review, read only</translation>
        </message>
        <message>
            <source>Reviewing %1’s portfolio — read only. Your comments go into a feedback file.</source>
            <translation>Reviewing %1’s portfolio — read only. Your comments go into a feedback file.</translation>
        </message>
        <message>
            <source>Exported on %1 with Learning Journal %2. Every file in it was checked and is intact. Nothing here is added to your own journal.</source>
            <translation>Exported on %1 with Learning Journal %2. Every file in it was checked and is intact. Nothing here is added to your own journal.</translation>
        </message>
        <message>
            <source>Your feedback</source>
            <translation>Your feedback</translation>
        </message>
        <message>
            <source>Save &amp;feedback…</source>
            <translation>Save &amp;feedback…</translation>
        </message>
        <message>
            <source>Save your comments as a feedback file to send to the student</source>
            <translation>Save your comments as a feedback file to send to the student</translation>
        </message>
        <message>
            <source>C&amp;ontinue earlier feedback…</source>
            <translation>C&amp;ontinue earlier feedback…</translation>
        </message>
        <message>
            <source>Carry on with a feedback file you saved earlier for this portfolio</source>
            <translation>Carry on with a feedback file you saved earlier for this portfolio</translation>
        </message>
        <message>
            <source>&amp;Write a comment</source>
            <translation>&amp;Write a comment</translation>
        </message>
        <message>
            <source>Go to the comment box</source>
            <translation>Go to the comment box</translation>
        </message>
        <message>
            <source>E&amp;xhibitions</source>
            <translation>E&amp;xhibitions</translation>
        </message>
        <message>
            <source>Open it in your browser</source>
            <translation>Open it in your browser</translation>
        </message>
        <message>
            <source>Panel feedback on “{title}”…</source>
            <translation>Panel feedback on “{title}”…</translation>
        </message>
        <message>
            <source>Add a comment first, then save.</source>
            <translation>Add a comment first, then save.</translation>
        </message>
        <message>
            <source>Save your feedback</source>
            <translation>Save your feedback</translation>
        </message>
        <message>
            <source>Feedback files (*%1)</source>
            <translation>Feedback files (*%1)</translation>
        </message>
        <message>
            <source>Your feedback was not saved</source>
            <translation>Your feedback was not saved</translation>
        </message>
        <message>
            <source>Saved your feedback to %1. Send this file to the student.</source>
            <translation>Saved your feedback to %1. Send this file to the student.</translation>
        </message>
        <message>
            <source>Continue earlier feedback</source>
            <translation>Continue earlier feedback</translation>
        </message>
        <message>
            <source>That feedback can't be continued here</source>
            <translation>That feedback can't be continued here</translation>
        </message>
        <message>
            <source>Carrying on with the feedback you saved earlier.</source>
            <translation>Carrying on with the feedback you saved earlier.</translation>
        </message>
    </context>
    <context>
        <name>RevisionHistory</name>
        <message>
            <source>Draft %1</source>
            <translation>Draft %1</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Today, %1</translation>
        </message>
        <message>
            <source>Yesterday, %1</source>
            <translation>Yesterday, %1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>date, time</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Words added: %1, taken out: %2</source>
            <translation>Words added: %1, taken out: %2</translation>
        </message>
        <message>
            <source>Restored from an earlier draft</source>
            <translation>Restored from an earlier draft</translation>
        </message>
        <message>
            <source>Restored from draft %1</source>
            <translation>Restored from draft %1</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Kept when you moved to another entry</source>
            <translation>Kept when you moved to another entry</translation>
        </message>
        <message>
            <source>Kept after a pause in writing</source>
            <translation>Kept after a pause in writing</translation>
        </message>
        <message>
            <source>Kept when you closed the app</source>
            <translation>Kept when you closed the app</translation>
        </message>
        <message>
            <source>Brought in from a portfolio</source>
            <translation>Brought in from a portfolio</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>reason, note</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>First draft</source>
            <translation>First draft</translation>
        </message>
    </context>
    <context>
        <name>RevisionHistoryModel</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Words</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Each saved version of this entry, numbered from the first</source>
            <translation>Each saved version of this entry, numbered from the first</translation>
        </message>
        <message>
            <source>When this version was saved</source>
            <translation>When this version was saved</translation>
        </message>
        <message>
            <source>Words added (+) and taken out (−) since the version before</source>
            <translation>Words added (+) and taken out (−) since the version before</translation>
        </message>
        <message>
            <source>How many words this version has</source>
            <translation>How many words this version has</translation>
        </message>
        <message>
            <source>What you changed and why</source>
            <translation>What you changed and why</translation>
        </message>
        <message>
            <source> (latest)</source>
            <translation> (latest)</translation>
        </message>
        <message>
            <source>Words in all: %1</source>
            <translation>Words in all: %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note: %1</translation>
        </message>
    </context>
    <context>
        <name>RevisionHistoryPanel</name>
        <message>
            <source>Revision history</source>
            <translation>Revision history</translation>
        </message>
        <message>
            <source>Saved drafts</source>
            <translation>Saved drafts</translation>
        </message>
        <message>
            <source>Pick one draft to read it, or two drafts to compare them.</source>
            <translation>Pick one draft to read it, or two drafts to compare them.</translation>
        </message>
        <message>
            <source>What Compare will show</source>
            <translation>What Compare will show</translation>
        </message>
        <message>
            <source>Title of the draft</source>
            <translation>Title of the draft</translation>
        </message>
        <message>
            <source>About the draft</source>
            <translation>About the draft</translation>
        </message>
        <message>
            <source>Text of the draft</source>
            <translation>Text of the draft</translation>
        </message>
        <message>
            <source>Read-only: restore it to write on it</source>
            <translation>Read-only: restore it to write on it</translation>
        </message>
        <message>
            <source>Pick a draft above to read it here.</source>
            <translation>Pick a draft above to read it here.</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Compare</translation>
        </message>
        <message>
            <source>See what changed, side by side</source>
            <translation>See what changed, side by side</translation>
        </message>
        <message>
            <source>&amp;Restore this version</source>
            <translation>&amp;Restore this version</translation>
        </message>
        <message>
            <source>Make this draft the current text again (nothing is lost)</source>
            <translation>Make this draft the current text again (nothing is lost)</translation>
        </message>
        <message>
            <source>C&amp;opy text</source>
            <translation>C&amp;opy text</translation>
        </message>
        <message>
            <source>Copy this draft's text to paste it somewhere else</source>
            <translation>Copy this draft's text to paste it somewhere else</translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>Copy text</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Restore this version</source>
            <translation>Restore this version</translation>
        </message>
        <message>
            <source>Copied the text of %1. Paste it anywhere with Ctrl+V.</source>
            <translation>Copied the text of %1. Paste it anywhere with Ctrl+V.</translation>
        </message>
        <message>
            <source>Pick an entry to see all its drafts.</source>
            <translation>Pick an entry to see all its drafts.</translation>
        </message>
        <message>
            <source>No saved drafts yet. Save this entry and each version will be kept here.</source>
            <translation>No saved drafts yet. Save this entry and each version will be kept here.</translation>
        </message>
        <message>
            <source>This is the first draft. Save again later to see how your work grows.</source>
            <translation>This is the first draft. Save again later to see how your work grows.</translation>
        </message>
        <message>
            <source>Pick a draft to read it, or two to compare them.</source>
            <translation>Pick a draft to read it, or two to compare them.</translation>
        </message>
        <message>
            <source>Compare shows what changed in the latest draft.</source>
            <translation>Compare shows what changed in the latest draft.</translation>
        </message>
        <message>
            <source>Compare shows what changed from %1 to the latest draft.</source>
            <translation>Compare shows what changed from %1 to the latest draft.</translation>
        </message>
        <message>
            <source>Compare shows what changed from %1 to %2.</source>
            <translation>Compare shows what changed from %1 to %2.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Untitled</translation>
        </message>
        <message>
            <source>Words: %1</source>
            <translation>Words: %1</translation>
        </message>
        <message>
            <source>Files: %1</source>
            <translation>Files: %1</translation>
        </message>
        <message>
            <source>This draft could not be read.</source>
            <translation>This draft could not be read.</translation>
        </message>
    </context>
    <context>
        <name>ScaleGroup</name>
        <message>
            <source>%1: 1, %2</source>
            <comment>scale, low end</comment>
            <translation>%1: 1, %2</translation>
        </message>
        <message>
            <source>%1: 5, %2</source>
            <comment>scale, high end</comment>
            <translation>%1: 5, %2</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <comment>scale ends</comment>
            <translation>%1 → %2</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Everything you can do from the keyboard in this window:</source>
            <translation>Everything you can do from the keyboard in this window:</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
    </context>
    <context>
        <name>StartupFrame</name>
        <message>
            <source>Learning Journal</source>
            <translation>Learning Journal</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Reflect</source>
            <translation>&amp;Reflect</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Search my journal…</source>
            <translation>Search my journal…</translation>
        </message>
        <message>
            <source>Search entries</source>
            <translation>Search entries</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entries</translation>
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation>Opening your journal…</translation>
        </message>
        <message>
            <source>&amp;Bring my journal back</source>
            <translation>&amp;Bring my journal back</translation>
        </message>
        <message>
            <source>Bring my journal back from its backup</source>
            <translation>Bring my journal back from its backup</translation>
        </message>
        <message>
            <source>&amp;Open my journal</source>
            <translation>&amp;Open my journal</translation>
        </message>
        <message>
            <source>Open my journal</source>
            <translation>Open my journal</translation>
        </message>
        <message>
            <source>Choose your journal.</source>
            <translation>Choose your journal.</translation>
        </message>
        <message>
            <source>The journal is not open.</source>
            <translation>The journal is not open.</translation>
        </message>
        <message>
            <source>Your journal file is damaged, so it can't be opened as it is.

Learning Journal can bring it back from its newest good backup, then rescue everything newer that can still be read. The damaged file is kept aside, so nothing is thrown away.</source>
            <translation>Your journal file is damaged, so it can't be opened as it is.

Learning Journal can bring it back from its newest good backup, then rescue everything newer that can still be read. The damaged file is kept aside, so nothing is thrown away.</translation>
        </message>
        <message>
            <source>Your journal is back.</source>
            <translation>Your journal is back.</translation>
        </message>
    </context>
    <context>
        <name>StudentFeedbackPanel</name>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Comments from your teacher</source>
            <translation>Comments from your teacher</translation>
        </message>
        <message>
            <source>&amp;Next new comment</source>
            <translation>&amp;Next new comment</translation>
        </message>
        <message>
            <source>Go to the next new comment</source>
            <translation>Go to the next new comment</translation>
        </message>
        <message>
            <source>Show the next entry or goal with a new comment</source>
            <translation>Show the next entry or goal with a new comment</translation>
        </message>
        <message>
            <source>Feedback on this goal</source>
            <translation>Feedback on this goal</translation>
        </message>
        <message>
            <source>Feedback on this entry</source>
            <translation>Feedback on this entry</translation>
        </message>
        <message>
            <source>Your teacher</source>
            <translation>Your teacher</translation>
        </message>
        <message>
            <source>%1 on %2, %3</source>
            <translation>%1 on %2, %3</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>No feedback on this goal yet.</source>
            <translation>No feedback on this goal yet.</translation>
        </message>
        <message>
            <source>No feedback on this entry yet. When your teacher sends you a feedback file, add it with File → Import…</source>
            <translation>No feedback on this entry yet. When your teacher sends you a feedback file, add it with File → Import…</translation>
        </message>
        <message>
            <source>Open an entry or a goal to see its feedback.</source>
            <translation>Open an entry or a goal to see its feedback.</translation>
        </message>
        <message numerus="yes">
            <source>%n new comment(s) on other entries or goals.</source>
            <translation>
                <numerusform>%n new comment on other entries or goals.</numerusform>
                <numerusform>%n new comments on other entries or goals.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <source>New entry from a template</source>
            <translation>New entry from a template</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Templates</translation>
        </message>
        <message>
            <source>What the new entry starts with</source>
            <translation>What the new entry starts with</translation>
        </message>
        <message>
            <source>&amp;Delete my template</source>
            <translation>&amp;Delete my template</translation>
        </message>
        <message>
            <source>Delete the selected template of mine</source>
            <translation>Delete the selected template of mine</translation>
        </message>
        <message>
            <source>Start writing</source>
            <translation>Start writing</translation>
        </message>
        <message>
            <source>Start a new entry from this template</source>
            <translation>Start a new entry from this template</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Start from a shape that helps you think:</source>
            <translation>Start from a shape that helps you think:</translation>
        </message>
        <message>
            <source>%1 (mine)</source>
            <translation>%1 (mine)</translation>
        </message>
        <message>
            <source>Delete this template?</source>
            <translation>Delete this template?</translation>
        </message>
        <message>
            <source>“%1” will be deleted. Entries made from it keep their text.</source>
            <translation>“%1” will be deleted. Entries made from it keep their text.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>The template could not be deleted</source>
            <translation>The template could not be deleted</translation>
        </message>
    </context>
    <context>
        <name>ThenNowCard</name>
        <message>
            <source>Then</source>
            <translation>Then</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Then and now: %1</source>
            <translation>Then and now: %1</translation>
        </message>
        <message>
            <source>Then: %1 — Now: %2</source>
            <translation>Then: %1 — Now: %2</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>The folder {folder} does not exist; choose another place to save.</source>
            <translation>The folder {folder} does not exist; choose another place to save.</translation>
        </message>
        <message>
            <source>The picture could not be saved to {path}; check the folder can be written to.</source>
            <translation>The picture could not be saved to {path}; check the folder can be written to.</translation>
        </message>
        <message>
            <source>Made with Learning Journal</source>
            <translation>Made with Learning Journal</translation>
        </message>
        <message>
            <source>The drawing could not be saved to {path}; check the folder can be written to.</source>
            <translation>The drawing could not be saved to {path}; check the folder can be written to.</translation>
        </message>
        <message>
            <source>Term {number}</source>
            <translation>Term {number}</translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Timeline tools</source>
            <translation>Timeline tools</translation>
        </message>
        <message>
            <source>Pick an entry on the timeline and press G to see how it grew, draft by draft.</source>
            <translation>Pick an entry on the timeline and press G to see how it grew, draft by draft.</translation>
        </message>
        <message>
            <source>Timeline views</source>
            <translation>Timeline views</translation>
        </message>
        <message>
            <source>How it grew</source>
            <translation>How it grew</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Show &amp;everything</source>
            <translation>Show &amp;everything</translation>
        </message>
        <message>
            <source>Show every entry on the timeline</source>
            <translation>Show every entry on the timeline</translation>
        </message>
        <message>
            <source>words “%1”</source>
            <translation>words “%1”</translation>
        </message>
        <message>
            <source>tag %1</source>
            <translation>tag %1</translation>
        </message>
        <message numerus="yes">
            <source>%n attribute(s)</source>
            <translation>
                <numerusform>%n attribute</numerusform>
                <numerusform>%n attributes</numerusform>
            </translation>
        </message>
        <message>
            <source>a date range</source>
            <translation>a date range</translation>
        </message>
        <message>
            <source>one goal</source>
            <translation>one goal</translation>
        </message>
        <message>
            <source>Only entries that match your search on the Journal page are shown (%1).</source>
            <translation>Only entries that match your search on the Journal page are shown (%1).</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Untitled</source>
            <translation>Untitled</translation>
        </message>
        <message>
            <source>Drafts: {count}</source>
            <translation>Drafts: {count}</translation>
        </message>
        <message>
            <source>Entries: {count}</source>
            <translation>Entries: {count}</translation>
        </message>
        <message>
            <source>Click to zoom in</source>
            <translation>Click to zoom in</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Checkpoints done: {done} of {total}</source>
            <translation>Checkpoints done: {done} of {total}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Coming up</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Not done yet</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Checkpoint</translation>
        </message>
        <message>
            <source>Reflections: {count}</source>
            <translation>Reflections: {count}</translation>
        </message>
        <message>
            <source>Feedback: {count}</source>
            <translation>Feedback: {count}</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflection</translation>
        </message>
        <message>
            <source>Feedback from {name}</source>
            <translation>Feedback from {name}</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>someone</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Reflections, feedback</source>
            <translation>Reflections, feedback</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Entry (bigger: more drafts)</source>
            <translation>Entry (bigger: more drafts)</translation>
        </message>
        <message>
            <source>Many entries (count)</source>
            <translation>Many entries (count)</translation>
        </message>
        <message>
            <source>Drafts (zoom in)</source>
            <translation>Drafts (zoom in)</translation>
        </message>
        <message>
            <source>Checkpoint done</source>
            <translation>Checkpoint done</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>No entries match these filters.</source>
            <translation>No entries match these filters.</translation>
        </message>
        <message>
            <source>Nothing here yet: your entries will appear here as you write them.</source>
            <translation>Nothing here yet: your entries will appear here as you write them.</translation>
        </message>
        <message>
            <source>Lanes: attributes</source>
            <translation>Lanes: attributes</translation>
        </message>
        <message>
            <source>Lanes: goals</source>
            <translation>Lanes: goals</translation>
        </message>
        <message>
            <source>Lanes: tags</source>
            <translation>Lanes: tags</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Your work over time. Plus and minus zoom, arrows move along, Home shows everything. N goes to the next entry, P to the previous one, L changes lane, Enter opens the entry, G shows how it grew. Its entries and months are listed inside it.</source>
            <translation>Your work over time. Plus and minus zoom, arrows move along, Home shows everything. N goes to the next entry, P to the previous one, L changes lane, Enter opens the entry, G shows how it grew. Its entries and months are listed inside it.</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Other tags</source>
            <translation>Other tags</translation>
        </message>
        <message>
            <source>Not linked to a goal</source>
            <translation>Not linked to a goal</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entries</translation>
        </message>
        <message>
            <source>{title}, {day}, drafts: {count}, lane: {lane}</source>
            <translation>{title}, {day}, drafts: {count}, lane: {lane}</translation>
        </message>
        <message>
            <source>Timeline: {item}</source>
            <translation>Timeline: {item}</translation>
        </message>
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
        <message>
            <source>Learning Journal timeline</source>
            <translation>Learning Journal timeline</translation>
        </message>
        <message>
            <source>Save the timeline as a picture</source>
            <translation>Save the timeline as a picture</translation>
        </message>
        <message>
            <source>PNG picture (*.png)</source>
            <translation>PNG picture (*.png)</translation>
        </message>
        <message>
            <source>Save the timeline as a drawing</source>
            <translation>Save the timeline as a drawing</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG drawing (*.svg)</translation>
        </message>
        <message>
            <source>Show everything</source>
            <translation>Show everything</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Lanes by attribute</source>
            <translation>Lanes by attribute</translation>
        </message>
        <message>
            <source>Lanes by goal</source>
            <translation>Lanes by goal</translation>
        </message>
        <message>
            <source>Lanes by tag</source>
            <translation>Lanes by tag</translation>
        </message>
        <message>
            <source>Save as picture (PNG)…</source>
            <translation>Save as picture (PNG)…</translation>
        </message>
        <message>
            <source>Save as drawing (SVG)…</source>
            <translation>Save as drawing (SVG)…</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Change my &amp;name</source>
            <translation>Change my &amp;name</translation>
        </message>
        <message>
            <source>Change my name</source>
            <translation>Change my name</translation>
        </message>
        <message>
            <source>The name on this journal and on the portfolios you export</source>
            <translation>The name on this journal and on the portfolios you export</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Your name, then Enter</source>
            <translation>Your name, then Enter</translation>
        </message>
        <message>
            <source>Write a new entry</source>
            <translation>Write a new entry</translation>
        </message>
        <message>
            <source>Start a new entry (Ctrl+N)</source>
            <translation>Start a new entry (Ctrl+N)</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>Hello, %1</translation>
        </message>
        <message>
            <source>Hello</source>
            <translation>Hello</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Trash</source>
            <translation>Trash</translation>
        </message>
        <message>
            <source>Entries in the trash</source>
            <translation>Entries in the trash</translation>
        </message>
        <message>
            <source>Entries here keep all their drafts. Restore one to put it back in your journal.</source>
            <translation>Entries here keep all their drafts. Restore one to put it back in your journal.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>Restore selected entries</source>
            <translation>Restore selected entries</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>&amp;Empty trash…</translation>
        </message>
        <message>
            <source>Empty the trash</source>
            <translation>Empty the trash</translation>
        </message>
        <message>
            <source>Close the trash</source>
            <translation>Close the trash</translation>
        </message>
        <message>
            <source>Empty the trash?</source>
            <translation>Empty the trash?</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) and all their drafts will be deleted for good. This can't be undone.</source>
            <translation>
                <numerusform>%n entry and all their drafts will be deleted for good. This can't be undone.</numerusform>
                <numerusform>%n entries and all their drafts will be deleted for good. This can't be undone.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Delete for good</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock your journal</source>
            <translation>Unlock your journal</translation>
        </message>
        <message>
            <source>Journal folder</source>
            <translation>Journal folder</translation>
        </message>
        <message>
            <source>Use my &amp;recovery key instead</source>
            <translation>Use my &amp;recovery key instead</translation>
        </message>
        <message>
            <source>Use recovery key</source>
            <translation>Use recovery key</translation>
        </message>
        <message>
            <source>Unlock message</source>
            <translation>Unlock message</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Open the journal</source>
            <translation>Open the journal</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Type the recovery key you were given when you locked this journal.</source>
            <translation>Type the recovery key you were given when you locked this journal.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>ABCDE-FGHIJ-…</source>
            <translation>ABCDE-FGHIJ-…</translation>
        </message>
        <message>
            <source>This journal is locked. Type its passphrase to open it.</source>
            <translation>This journal is locked. Type its passphrase to open it.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>The journal could not be unlocked (%1).</source>
            <translation>The journal could not be unlocked (%1).</translation>
        </message>
        <message numerus="yes">
            <source>You can try again in %n second(s).</source>
            <translation>
                <numerusform>You can try again in %n second.</numerusform>
                <numerusform>You can try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Try again.</translation>
        </message>
    </context>
    <context>
        <name>WeeklyCountsModel</name>
        <message>
            <source>Week of</source>
            <translation>Week of</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entries</translation>
        </message>
        <message>
            <source>Drafts saved</source>
            <translation>Drafts saved</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflections</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>Welcome to your Learning Journal</source>
            <translation>Welcome to your Learning Journal</translation>
        </message>
        <message>
            <source>This is your place to keep your work and the story of how it grew. Every draft is saved, so you can always look back and see how far you've come.</source>
            <translation>This is your place to keep your work and the story of how it grew. Every draft is saved, so you can always look back and see how far you've come.</translation>
        </message>
        <message>
            <source>&amp;What's your name?</source>
            <translation>&amp;What's your name?</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>We use it when you share a portfolio, so your teacher knows whose work it is. You can change it later.</source>
            <translation>We use it when you share a portfolio, so your teacher knows whose work it is. You can change it later.</translation>
        </message>
        <message>
            <source>Your journal is kept in this &amp;folder:</source>
            <translation>Your journal is kept in this &amp;folder:</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>Everything stays on this computer unless you choose to share it.</source>
            <translation>Everything stays on this computer unless you choose to share it.</translation>
        </message>
        <message>
            <source>Open a &amp;sample journal to explore</source>
            <translation>Open a &amp;sample journal to explore</translation>
        </message>
        <message>
            <source>Open a sample journal to explore</source>
            <translation>Open a sample journal to explore</translation>
        </message>
        <message>
            <source>A made-up student's year of entries, to look around and try things out. Your own journal stays empty and ready for you.</source>
            <translation>A made-up student's year of entries, to look around and try things out. Your own journal stays empty and ready for you.</translation>
        </message>
        <message>
            <source>Let's &amp;start</source>
            <translation>Let's &amp;start</translation>
        </message>
        <message>
            <source>Let's start</source>
            <translation>Let's start</translation>
        </message>
    </context>
    <context>
        <name>WhoIsWriting</name>
        <message>
            <source>Who's writing?</source>
            <translation>Who's writing?</translation>
        </message>
        <message>
            <source>Type your name to open your journal.</source>
            <translation>Type your name to open your journal.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>&amp;Open my journal</source>
            <translation>&amp;Open my journal</translation>
        </message>
        <message>
            <source>Open my journal</source>
            <translation>Open my journal</translation>
        </message>
        <message>
            <source>Choose your journal. Each student's journal is their own.</source>
            <translation>Choose your journal. Each student's journal is their own.</translation>
        </message>
        <message>
            <source>A journal with no name yet (%1)</source>
            <translation>A journal with no name yet (%1)</translation>
        </message>
        <message>
            <source>Open the journal of %1</source>
            <translation>Open the journal of %1</translation>
        </message>
        <message>
            <source>&amp;Add my journal</source>
            <translation>&amp;Add my journal</translation>
        </message>
        <message>
            <source>Add my journal</source>
            <translation>Add my journal</translation>
        </message>
        <message>
            <source>Start a new journal of your own on this computer</source>
            <translation>Start a new journal of your own on this computer</translation>
        </message>
        <message>
            <source>No journal on this computer has that name. Check how it is spelled, or add your journal.</source>
            <translation>No journal on this computer has that name. Check how it is spelled, or add your journal.</translation>
        </message>
    </context>
    <context>
        <name>WindowFit</name>
        <message>
            <source>Close the %1 panel</source>
            <translation>Close the %1 panel</translation>
        </message>
        <message>
            <source>Float or dock the %1 panel</source>
            <translation>Float or dock the %1 panel</translation>
        </message>
    </context>
    <context>
        <name>_DraftCard</name>
        <message>
            <source>Draft {number}</source>
            <translation>Draft {number}</translation>
        </message>
        <message>
            <source>No note for this draft.</source>
            <translation>No note for this draft.</translation>
        </message>
        <message>
            <source>More files: {count}</source>
            <translation>More files: {count}</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Compare draft {number}</source>
            <translation>Compare draft {number}</translation>
        </message>
        <message>
            <source>Words: {words}</source>
            <translation>Words: {words}</translation>
        </message>
        <message>
            <source>Words: {words} (+{added} / −{removed})</source>
            <translation>Words: {words} (+{added} / −{removed})</translation>
        </message>
    </context>
    <context>
        <name>_GrowthChart</name>
        <message>
            <source>Words in each draft over time</source>
            <translation>Words in each draft over time</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Words</translation>
        </message>
    </context>
    <context>
        <name>_Heatmap</name>
        <message>
            <source>Calendar of writing days</source>
            <translation>Calendar of writing days</translation>
        </message>
        <message>
            <source>Arrow keys move from day to day; each day says how many drafts were saved.</source>
            <translation>Arrow keys move from day to day; each day says how many drafts were saved.</translation>
        </message>
        <message>
            <source>Fewer</source>
            <translation>Fewer</translation>
        </message>
        <message>
            <source>More</source>
            <translation>More</translation>
        </message>
        <message>
            <source>{day}: drafts saved: {count}</source>
            <translation>{day}: drafts saved: {count}</translation>
        </message>
        <message>
            <source>Calendar of writing days: {day}</source>
            <translation>Calendar of writing days: {day}</translation>
        </message>
    </context>
</TS>
