<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ArticleList</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln h</numerusform>
                <numerusform>%Ln h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln d</numerusform>
                <numerusform>%Ln d</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v of %Ln feed</numerusform>
                <numerusform>%v of %Ln feeds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>Text size: %Ln px</numerusform>
                <numerusform>Text size: %Ln px</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>Recovered %Ln article. The damaged file was kept as %1.</numerusform>
                <numerusform>Recovered %Ln articles. The damaged file was kept as %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln subscription</numerusform>
                <numerusform>%Ln subscriptions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln folder</numerusform>
                <numerusform>%Ln folders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln read or starred mark</numerusform>
                <numerusform>%Ln read or starred marks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message numerus="yes">
            <source>Refresh cancelled: %n new articles kept.</source>
            <translation>
                <numerusform>Refresh cancelled: %Ln new article kept.</numerusform>
                <numerusform>Refresh cancelled: %Ln new articles kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feeds refreshed</source>
            <translation>
                <numerusform>%Ln feed refreshed</numerusform>
                <numerusform>%Ln feeds refreshed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new articles</source>
            <translation>
                <numerusform>%Ln new article</numerusform>
                <numerusform>%Ln new articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed (see the marked feeds).</source>
            <translation>
                <numerusform>%Ln failed (see the marked feed).</numerusform>
                <numerusform>%Ln failed (see the marked feeds).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln px</numerusform>
                <numerusform>%Ln px</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>%Ln subscription added</numerusform>
                <numerusform>%Ln subscriptions added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln already there</numerusform>
                <numerusform>%Ln already there</numerusform>
            </translation>
        </message>
    </context>
</TS>
