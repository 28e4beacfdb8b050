<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckScreen</name>
    <message numerus="yes">
        <source>%1 — %n small thing(s) you may want to look at.</source>
        <translation>
            <numerusform>%1 — one small thing you may want to look at.</numerusform>
            <numerusform>%1 — %n small things you may want to look at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s) worth a look before sending.</source>
        <translation>
            <numerusform>%1 — one finding worth a look before sending.</numerusform>
            <numerusform>%1 — %n findings worth a look before sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s). Take a minute before you send it.</source>
        <translation>
            <numerusform>%1 — one finding. Take a minute before you send it.</numerusform>
            <numerusform>%1 — %n findings. Take a minute before you send it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute cool-off holds the draft while you breathe; Copy reply asks first.</source>
        <translation>
            <numerusform>A %n-minute cool-off holds the draft while you breathe; Copy reply asks first.</numerusform>
            <numerusform>A %n-minute cool-off holds the draft while you breathe; Copy reply asks first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before the cool-off: %1, %n finding(s)</source>
        <translation>
            <numerusform>Before the cool-off: %1, one finding</numerusform>
            <numerusform>Before the cool-off: %1, %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipboardWatcher</name>
    <message numerus="yes">
        <source>%n finding(s). Use Check clipboard to see them.</source>
        <translation>
            <numerusform>%n finding. Use Check clipboard to see it.</numerusform>
            <numerusform>%n findings. Use Check clipboard to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoolOffScreen</name>
    <message numerus="yes">
        <source>Start a %n-minute cool-off</source>
        <translation>
            <numerusform>Start a %n-minute cool-off</numerusform>
            <numerusform>Start a %n-minute cool-off</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <source>Exported %n day(s) to %1.</source>
        <translation>
            <numerusform>Exported %n day to %1.</numerusform>
            <numerusform>Exported %n days to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HappyScreen</name>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) deleted.</source>
        <translation>
            <numerusform>Entry deleted.</numerusform>
            <numerusform>%n entries deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n entry(s)</source>
        <translation>
            <numerusform>Export %n entry</numerusform>
            <numerusform>Export %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HappyWords</name>
    <message numerus="yes">
        <source>Imported %n new entry(s)</source>
        <translation>
            <numerusform>Imported %n new entry</numerusform>
            <numerusform>Imported %n new entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n already there.</numerusform>
            <numerusform>%n already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your phrases added.</source>
        <translation>
            <numerusform>%n of your phrases added.</numerusform>
            <numerusform>%n of your phrases added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s)</source>
        <translation>
            <numerusform>Show %n day</numerusform>
            <numerusform>Show %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s) at or above %1</source>
        <translation>
            <numerusform>Current streak: %n day at or above %1</numerusform>
            <numerusform>Current streak: %n days at or above %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): %2 with logs, %3 at or above the target %4, %5 below, %6 with no negative.</source>
        <translation>
            <numerusform>%n day: %2 with logs, %3 at or above the target %4, %5 below, %6 with no negative.</numerusform>
            <numerusform>%n days: %2 with logs, %3 at or above the target %4, %5 below, %6 with no negative.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was %2 every time (%n entry(s)).</source>
        <translation>
            <numerusform>%1 was %2 every time (%n entry).</numerusform>
            <numerusform>%1 was %2 every time (%n entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 went from %2 to %3 (average %4, %n entry(s)).</source>
        <translation>
            <numerusform>%1 went from %2 to %3 (average %4, %n entry).</numerusform>
            <numerusform>%1 went from %2 to %3 (average %4, %n entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 went from %2 to %3 (average %4, %n entry(s)); the biggest change was %5 → %6, from %7 to %8.</source>
        <translation>
            <numerusform>%1 went from %2 to %3 (average %4, %n entry); the biggest change was %5 → %6, from %7 to %8.</numerusform>
            <numerusform>%1 went from %2 to %3 (average %4, %n entries); the biggest change was %5 → %6, from %7 to %8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No mood or energy noted in these %n day(s). The Reflection screen asks for them at the end of a shift.</source>
        <translation>
            <numerusform>No mood or energy noted on this day. The Reflection screen asks for them at the end of a shift.</numerusform>
            <numerusform>No mood or energy noted in these %n days. The Reflection screen asks for them at the end of a shift.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedReframes</name>
    <message numerus="yes">
        <source>%Ln saved</source>
        <translation>
            <numerusform>%Ln saved</numerusform>
            <numerusform>%Ln saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayWords</name>
    <message numerus="yes">
        <source>%n more positive conversation(s) and you&apos;re at your target.</source>
        <translation>
            <numerusform>One more positive conversation and you&apos;re at your target.</numerusform>
            <numerusform>%n more positive conversations and you&apos;re at your target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n positive(s)</source>
        <translation>
            <numerusform>%n positive</numerusform>
            <numerusform>%n positives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative(s)</source>
        <translation>
            <numerusform>%n negative</numerusform>
            <numerusform>%n negatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message numerus="yes">
        <source>Week of %1 — ratio %2, %n day(s) at target</source>
        <translation>
            <numerusform>Week of %1 — ratio %2, %n day at target</numerusform>
            <numerusform>Week of %1 — ratio %2, %n days at target</numerusform>
        </translation>
    </message>
</context>
</TS>
