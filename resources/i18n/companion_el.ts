<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The cool-off is not over. Copy the draft now and send it as it is? This is recorded in today&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply may land hard. Copy it now, without a cool-off, and send it as it is? This is recorded in today&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the window: the tray icon&apos;s menu logs and checks in one click, and &lt;code&gt;companion log +&lt;/code&gt; or &lt;code&gt;companion log -&lt;/code&gt; logs from a terminal, or from a key you give it in your desktop&apos;s keyboard settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe</source>
        <comment>Permanent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe</source>
        <comment>Pervasive</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe</source>
        <comment>Personal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe</source>
        <comment>Feeling before → after:</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe</source>
        <comment>What happened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe</source>
        <comment>What I told myself</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe</source>
        <comment>Temporary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe</source>
        <comment>Specific</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe</source>
        <comment>External</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe</source>
        <comment>Evidence for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe</source>
        <comment>Evidence against</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe</source>
        <comment>More useful to believe</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe</source>
        <comment>Next time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Log positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <source>Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up your data now, or bring back a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion&apos;s data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day Companion keeps a checked copy of your data (the newest %1), in %2. Restoring one keeps what Companion holds now in its set-aside folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. The first is made shortly after Companion starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your data with the backup from %1? Logs, happy-file entries and reflections saved since then will be set aside with the rest of what Companion holds now, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Companion held before is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backups folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingShape</name>
    <message>
        <source>Breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Save to happy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste what the customer wrote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it made my day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it made my day (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star it as a favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide customer details (e-mail, phone, card and order numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard held %s characters, more than a quote needs. The first %s are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words too, if you like (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screenshot was large, so it was scaled down to %d pixels to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words will be saved exactly as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer details found to hide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCategory</name>
    <message>
        <source>Flat no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t without can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy without the why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jargon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No empathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckNumbersRow</name>
    <message>
        <source>Checks and cool-offs today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies checked: %d · Cool-offs taken: %d · skipped: %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check a reply</source>
        <extracomment>Texts longer than this are checked in a worker thread (about 50 ms of work and up). Typing pauses this long before the draft is checked again. A verdict left this long on an unchanged draft has been seen: the check counts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type a draft, or use Check clipboard. Each finding says why it matters to the customer and offers a rewrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your draft reply here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a cool-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold this draft while you breathe for a few minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it now without a cool-off (asks; it is counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings before the cool-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the draft (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check clip&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the text on the clipboard (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need a &amp;minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold this draft and take a short cool-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… copy again once the verdict is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check: the draft is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long text: only the first %s characters were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s — nothing here should hurt the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n small thing(s) you may want to look at.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s) worth a look before sending.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s). Take a minute before you send it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A %d-minute cool-off holds the draft while you breathe; Copy reply asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took the cool-off. Rewrite it cool, then Copy reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent anyway: counted in today&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft is held: Copy reply asks before it sends it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the reply, as it is now, on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds an image, not text: copy the reply&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text on the clipboard: copy the reply first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That rewrite no longer fits here: check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied. Check the sentence still reads well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored here. Turn a whole rule off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the reply to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft is held in the cool-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the cool-off: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Before the cool-off: %1, %n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome back. Rewrite it cool, then Copy reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckSeverity</name>
    <message>
        <source>hint</source>
        <extracomment>Severity in words on each card, so colour is never the only sign.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worth a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: %2 (see &apos;%1 --help&apos;)</source>
        <comment>a usage error; %2 is argparse&apos;s message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion keeps a support agent&apos;s day in balance: log positive and negative interactions, check draft replies, cool off before a hard reply, keep a happy file, reframe negative feedback and reflect at the end of a shift. Run without a command to open the app. All data stays on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 a check found a hard reply, 2 usage or input error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window and quit as soon as it is shown (smoke tests, benchmarks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start in the tray without showing the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error (%1). Nothing you saved was lost; run again with COMPANION_DEBUG=1 to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was sent to it, so this ran here instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running Companion is another version and did nothing, so this ran here instead; quit Companion and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion did not answer and this could not be done here either; Companion may still do it when it wakes, so check with &apos;companion today&apos; before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion did not answer, so this was done here directly; its window catches up when it wakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; starting Companion, which takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another version of Companion is running; quit it, then start Companion again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion is running but does not answer; its window comes forward when it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already running; brought its window forward.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text (it holds binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large: Companion reads at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is Companion&apos;s own database, not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no standard input to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to save: the quote is empty and there is no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup in %1 to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup in %1 to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export at most ten years at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRatio</name>
    <message>
        <source>above target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log an interaction as positive (+) or negative (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log one interaction. With the app running, its window and tray update at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ for positive, - for negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it was about, e.g. &quot;billing&quot; (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a one-line note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo today&apos;s last log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s counts and ratio against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no logs yet (target %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 / -%2  ratio %3  target %4  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (1 more positive to reach it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%L1 more positives to reach it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged positive. Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged negative. Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the last positive log. Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the last negative log. Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>the day, then how it stands</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipboardWatcher</name>
    <message>
        <source>Copied reply: %s</source>
        <extracomment>Clipboard watching only looks at the start of very long texts. A copy settles this long before it is read (some programs set the clipboard several times).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s). Use Check clipboard to see them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here should hurt the reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Could not change start at login: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoolOffScreen</name>
    <message>
        <source>Cool-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a customer is upset with you, give yourself a few minutes before you answer. Step back, breathe with the circle, and say to yourself what you think of the situation. What you write afterwards is kinder and clearer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft waits here until the time is up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer carried on while Companion was closed. Drafts are never written to disk, so paste yours into Check when the time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the held draft now (asks first; it is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the cool-off early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another cool-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a %d-minute cool-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&apos;s up. Well done for taking the minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite it now opens your draft in Check, beside the first findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d:%02d left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>The day&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the first %d logs are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logs this day (target %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d positive, no negative: %s, no ratio to compare (target %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d positive, %d negative: %s, %s (target %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflection written this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood %s · Energy %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardest moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing to improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Past days; days with a reflection are bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thank-you, a fix that worked, a good call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to happy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what went well in your happy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment that stung most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hardest moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the reframe guide with the hardest moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One specific thing, e.g. check tracking before promising a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing to improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;at went well:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ha&amp;rdest moment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing to &amp;improve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile; saving keeps what you see here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what went well first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in your happy file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From my reflection on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to your happy file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaySummaryBox</name>
    <message>
        <source>The day&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool-offs taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool-offs skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy-file entries added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>App launcher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app launcher entry is for Linux desktops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion is in the app launcher, with Log positive, Log negative and Check clipboard in its menu (bind them to keys in your desktop&apos;s keyboard settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion is not in the app launcher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from launcher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionPrompt</name>
    <message>
        <source>Use suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use suggestion: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this kind in your words. You can still answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit happy file entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it made my day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;Excel (UTF-8 with a byte order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your reflections with each day&apos;s numbers. Days with a reflection or any log are included; unknown numbers are “—” in Markdown and empty in CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>“%1”</source>
        <extracomment>The quoted words on a card are cut here; the whole span is highlighted in the draft.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <source>Select a finding to see what to do and the rewrites that fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrites that fit here: Apply puts one in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop flagging this one match in this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(remove these words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases that help here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this comes from (practice %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>The whole reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave those words out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HappyActions</name>
    <message>
        <source>Save to happy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the copied customer message to your happy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift me up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your happy file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today has been tough so far. A kind word from your happy file might help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HappyScreen</name>
    <message>
        <source>Happy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the message you copied (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift me up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words, notes and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the happy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy file entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page for a kudos post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (can be imported back)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.

When a customer makes your day, copy their message and choose Save to happy file (Ctrl+Shift+H, or the tray menu). On a hard day, Lift me up brings one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import a happy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HappyWords</name>
    <message numerus="yes">
        <source>Imported %n new entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your phrases added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratio, your day and the keys, in brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer-service practices behind it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %d days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily ratio chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No negative (n : 0, no ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller than the axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood and energy, from your reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood and energy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted: days without an entry between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No negative logs with a topic in the last two weeks. Add a topic when you log a negative to see which complaints recur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Complaint trends&lt;/b&gt; — topics of negative logs, this week against last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s) at or above %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Daily ratio — positives per negative, last %d days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: no logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %d positive, no negative (%s): no ratio to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %d positive, %d negative: %s, %s (target %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: no mood or energy noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: mood %s, energy %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a day (or Tab to the chart and use the arrow keys) to read it; click it or press Enter to open its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s. Click or press Enter to open the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d days: %d with logs, %d at or above the target %s, %d below, %d with no negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest %s on %s, lowest %s on %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: not noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s was %d every time (%d entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s went from %d to %d (average %.1f, %d entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the biggest change was %d → %d, from %s to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mood or energy noted in these %d days. The Reflection screen asks for them at the end of a shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LauncherOffer</name>
    <message>
        <source>Add Companion to your desktop&apos;s app launcher? Its menu will have Log positive, Log negative and Check clipboard, which your desktop&apos;s keyboard settings can bind to keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion is in the app launcher now. To log or check with one key, bind its Log positive, Log negative and Check clipboard actions in your desktop&apos;s keyboard settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiftDialog</name>
    <message>
        <source>Lift me up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your happy file is empty for now.

When a customer writes something kind, copy it and choose Save to happy file. On a day like this it will be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it made my day: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrasebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the last positive log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the last negative log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion shows %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Companion %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A companion for customer-support agents: keep the day&apos;s positives in view, check replies before sending, cool off, keep a happy file and reflect.&lt;/p&gt;&lt;p&gt;All data stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhraseDialog</name>
    <message>
        <source>Edit my phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a customer says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “It&apos;s too expensive.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;ll say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words you want ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this in to rehearse your answer to something you expect to hear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When they say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I say</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhrasebookScreen</name>
    <message>
        <source>Phrasebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own words, and answers to objections you expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a phrase to copy it. Make it your own before you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own phrases and rehearsed answers. They go into JSON exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet: add your own with Add my own….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practices behind it: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a phrase to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted your phrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticesWindow</name>
    <message>
        <source>The practices behind Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practices could not be read (%s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingButtons</name>
    <message>
        <source>%s %d of 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionActions</name>
    <message>
        <source>Reframe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through a bruising moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect on today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze reflection 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflection today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did today go? Two minutes of reflection, with today&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze %d min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionScreen</name>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReframeGuide</name>
    <message>
        <source>Progress through the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A customer called me incompetent over a late refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. I always mess up refunds. Everyone can see I&apos;m useless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are you telling yourself about it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words marked in your thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as it sounds in your head. Words that make it permanent, pervasive or personal are marked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you feel right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this temporary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: “I always mess up refunds” → “This refund went wrong today.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it about one specific thing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: “Everyone hates me” → “One customer was angry about one order.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it really about you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: “It&apos;s my fault” → “The courier was late; I passed on the news.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What supports the thought?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does not fit it? Times it went well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Refunds are tricky; I am learning them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is more useful to believe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More &amp;useful to believe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute the thought (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave these empty and press Next to skip this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Check the courier tracking page before I promise a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing I could do better next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific and doable: a detail to check, a phrase to use, a step to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %d of %d: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what happened or what you are telling yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing permanent, pervasive or personal so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, about someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it specific: what exactly will you do, and when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Find it under Saved reframes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReframeListModel</name>
    <message>
        <source>feeling before %s, after %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReframeScreen</name>
    <message>
        <source>Reframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gu&amp;ide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ved reframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished reframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a reframe you haven&apos;t saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new one and lose it, or go on with the one you were writing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyCheckPage</name>
    <message>
        <source>Checker rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules in use:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyTools</name>
    <message>
        <source>Check clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the reply on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a short breathing cool-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cool-off is already running; it holds its own draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back. Time to answer, cool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back. Your draft is back in Check, beside the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back. Your draft waits in Cool-off: Rewrite it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool-off done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedReframes</name>
    <message>
        <source>Search saved reframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved reframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected reframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No saved reframes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Target ratio (positives per negative):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 : 1 is a rule of thumb, not science: pick the number that helps you notice when a day slides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new &amp;day starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs before this hour count for the previous day, so a night shift is one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shift ends at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to reflect when my shift ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Companion when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System follows your desktop&apos;s language; dates and numbers follow it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cool-off length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool-off length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the clipboard and quietly tell me the verdict of copied replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied text is checked in memory only and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide customer details (e-mail, phone, card, order numbers) in new entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer Lift me up once a day when a negative log leaves today below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer is a quiet banner (or a tray notification), never a pop-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to add Companion to the app launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked once, quietly, on a Linux desktop where it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Reply checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive interactions today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative interactions today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State against target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positives needed to reach the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. &quot;billing&quot;, &quot;late delivery&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional one-line note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+  Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a positive interaction (+ or Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−  Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a negative interaction (− or Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove today&apos;s most recent log (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reframe this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the reframe guide for the selected (or the last) negative log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %s at %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the last %s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratio until there is a negative conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayWords</name>
    <message>
        <source>No logs yet today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log your first conversation with + or −.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No negative conversations yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have reached your target. Nice work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more positive conversation(s) and you&apos;re at your target.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%s to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n positive(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%s, no negatives yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n negative(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%s, %s: %s to 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Keys for your desktop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion — today %s (target %s)
%s. %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion — no logs yet today (target %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion&apos;s keys work only while its window is open. Add it to your app launcher, and your desktop&apos;s keyboard settings can give its Log positive, Log negative and Check clipboard a key each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion is in your app launcher. Give its Log positive, Log negative and Check clipboard actions keys in your desktop&apos;s keyboard settings: on KDE, Shortcuts, Add New, Application, Companion; elsewhere, a custom shortcut running a command such as %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion can use the tray now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Companion and start it again to put its icon in the tray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next wee&amp;k ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvements named this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvements named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Week of %1 — ratio %2, %n day(s) at target</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None named this week yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, one entry so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 went from %2 to %3; the biggest change was %4 → %5 (%6 to %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, around %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: steady, around %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help → Welcome… shows this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each conversation with a customer, log it: &lt;b&gt;positive&lt;/b&gt; or &lt;b&gt;negative&lt;/b&gt;. Companion keeps the day&apos;s &lt;b&gt;ratio&lt;/b&gt; — positives for each negative — in view on Today and on the tray icon, so you notice when a day slides, and lift it before it drags you down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 : 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why 3&amp;nbsp;:&amp;nbsp;1?&lt;/b&gt; About three good conversations for each hard one tends to feel about right: 1&amp;nbsp;:&amp;nbsp;1 feels bleak, 10&amp;nbsp;:&amp;nbsp;1 is not realistic. It is a rule of thumb, not science — the maths behind the famous “positivity ratio” was retracted — so the target is yours: set it on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;above&lt;/b&gt; the target: a good day so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;at&lt;/b&gt; the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;below&lt;/b&gt;: time for a kind word from your happy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When your shift ends, Companion invites two minutes of reflection (or snooze it, or not today). Starting at login keeps it at hand from the first conversation of the day. All of this can be changed later in Settings (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in one key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on Today, which the window opens on, ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on Today: undo the last log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log positive or Log negative from its menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a terminal, or on a key you set in your desktop&apos;s keyboard settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Help → Keyboard shortcuts&lt;/b&gt; (%s) lists every key, and &lt;b&gt;Help → Practices&lt;/b&gt; the customer-service practices behind each screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>This desktop has no system tray, so Companion lives in its window: closing it minimises Companion, which keeps running for your reminders and cool-offs (Quit is in the Companion menu). To get a tray on GNOME, install and turn on the “AppIndicator and KStatusNotifierItem Support” extension, then start Companion again. Starting Companion from the app launcher or a keyboard shortcut always brings this window forward.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
