<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountsDialog</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
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
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
</context>
</TS>
