<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FeedTreeModel</name>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n starred</numerusform>
            <numerusform>%n starred</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
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
</TS>
