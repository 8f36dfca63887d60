<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ArticleList</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation type="unfinished">
                <numerusform>%Ln min</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation type="unfinished">
                <numerusform>%Ln h</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation type="unfinished">
                <numerusform>%Ln d</numerusform>
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation type="unfinished">
                <numerusform>%v of %Ln feed</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation type="unfinished">
                <numerusform>Text size: %Ln px</numerusform>
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation type="unfinished">
                <numerusform>Recovered %Ln article. The damaged file was kept as %1.</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation type="unfinished">
                <numerusform>%Ln subscription</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation type="unfinished">
                <numerusform>%Ln folder</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation type="unfinished">
                <numerusform>%Ln article</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation type="unfinished">
                <numerusform>%Ln read or starred mark</numerusform>
                <numerusform />
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
                <numerusform>%Ln px</numerusform>
                <numerusform>%Ln px</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation type="unfinished">
                <numerusform>%Ln subscription added</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation type="unfinished">
                <numerusform>%Ln already there</numerusform>
                <numerusform />
            </translation>
        </message>
    </context>
</TS>
