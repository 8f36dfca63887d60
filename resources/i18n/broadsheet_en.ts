<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>RefreshStatus</name>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) updated</source>
        <translation>
            <numerusform>%n feed updated</numerusform>
            <numerusform>%n feeds updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) unchanged</source>
        <translation>
            <numerusform>%n feed unchanged</numerusform>
            <numerusform>%n feeds unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed (see the marked feeds)</source>
        <translation>
            <numerusform>%n feed failed (see the marked feeds)</numerusform>
            <numerusform>%n feeds failed (see the marked feeds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n px</source>
        <translation>
            <numerusform>%n px</numerusform>
            <numerusform>%n px</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n feed(s): %1</source>
        <translation>
            <numerusform>in %n feed: %1</numerusform>
            <numerusform>in %n feeds: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>Broadsheet: %n unread</source>
        <translation>
            <numerusform>Broadsheet: %n unread</numerusform>
            <numerusform>Broadsheet: %n unread</numerusform>
        </translation>
    </message>
</context>
</TS>
