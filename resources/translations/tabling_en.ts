<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DatasetPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="103"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryTab</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="169"/>
        <source>%1 of %2 stacks still to deliver (%n letters).</source>
        <translation>
            <numerusform>%1 of %2 stacks still to deliver (%n letter).</numerusform>
            <numerusform>%1 of %2 stacks still to deliver (%n letters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="200"/>
        <source>Delivered: %1, room %2, %n letters.</source>
        <translation>
            <numerusform>Delivered: %1, room %2, %n letter.</numerusform>
            <numerusform>Delivered: %1, room %2, %n letters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="197"/>
        <source>%n possible duplicate(s) to decide. Nothing is merged until you choose; the kiosk never tells a signer that someone like them signed in.</source>
        <translation>
            <numerusform>%n possible duplicate to decide. Nothing is merged until you choose; the kiosk never tells a signer that someone like them signed in.</numerusform>
            <numerusform>%n possible duplicates to decide. Nothing is merged until you choose; the kiosk never tells a signer that someone like them signed in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldingsTab</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="143"/>
        <source>%1 days after the last of %n waiting letters is printed</source>
        <translation>
            <numerusform>%1 days after %n waiting letter is printed</numerusform>
            <numerusform>%1 days after the last of %n waiting letters is printed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="147"/>
        <source>%1 days after the last of %n waiting messages is sent</source>
        <translation>
            <numerusform>%1 days after %n waiting message is sent</numerusform>
            <numerusform>%1 days after the last of %n waiting messages is sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubStatus</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/hub_status.py" line="100"/>
        <source>Hub: synced at %1 · %n laptop(s) seen</source>
        <translation>
            <numerusform>Hub: synced at %1 · %n laptop seen</numerusform>
            <numerusform>Hub: synced at %1 · %n laptops seen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="284"/>
        <source>%n copies</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="315"/>
        <source>%n letters to print.</source>
        <translation>
            <numerusform>%n letter to print.</numerusform>
            <numerusform>%n letters to print.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="317"/>
        <source>%n letters not printable: %1</source>
        <translation>
            <numerusform>%n letter not printable: %1</numerusform>
            <numerusform>%n letters not printable: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="422"/>
        <source>Sent %n letters to %1.</source>
        <translation>
            <numerusform>Sent %n letter to %1.</numerusform>
            <numerusform>Sent %n letters to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="424"/>
        <source>Sent %n letters to %1, print job number %2.</source>
        <translation>
            <numerusform>Sent %n letter to %1, print job number %2.</numerusform>
            <numerusform>Sent %n letters to %1, print job number %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="453"/>
        <source>Saved %n pages to %1. Mark them printed once printed.</source>
        <translation>
            <numerusform>Saved %n page to %1. Mark it printed once printed.</numerusform>
            <numerusform>Saved %n pages to %1. Mark them printed once printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="490"/>
        <source>Marked %n letters printed.</source>
        <translation>
            <numerusform>Marked %n letter printed.</numerusform>
            <numerusform>Marked %n letters printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="555"/>
        <source>Saved the route through %n stacks to %1.</source>
        <translation>
            <numerusform>Saved the route through %n stack to %1.</numerusform>
            <numerusform>Saved the route through %n stacks to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="152"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="153"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n email</numerusform>
            <numerusform>%n emails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="255"/>
        <source>Updates consent withdrawn for %n sign-up(s).</source>
        <translation>
            <numerusform>Updates consent withdrawn for %n sign-up.</numerusform>
            <numerusform>Updates consent withdrawn for %n sign-ups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingLookup</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="78"/>
        <source>Found the districts of %1 of %n pending sign-up(s).</source>
        <translation>
            <numerusform>Found the districts of %1 of %n pending sign-up.</numerusform>
            <numerusform>Found the districts of %1 of %n pending sign-ups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/sheet_files.py" line="128"/>
        <source>%n possible duplicate(s) to review</source>
        <translation>
            <numerusform>%n possible duplicate to review</numerusform>
            <numerusform>%n possible duplicates to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignupsModel</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/models/signups.py" line="143"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/models/signups.py" line="144"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n email</numerusform>
            <numerusform>%n emails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreetsTab</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/streets_tab.py" line="156"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/streets_tab.py" line="254"/>
        <source>%n range(s) without a usable house number were left out.</source>
        <translation>
            <numerusform>%n range without a usable house number was left out.</numerusform>
            <numerusform>%n ranges without a usable house number were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/visits_tab.py" line="347"/>
        <source>Wrote %n visit reports to %1.</source>
        <translation>
            <numerusform>Wrote %n visit report to %1.</numerusform>
            <numerusform>Wrote %n visit reports to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
