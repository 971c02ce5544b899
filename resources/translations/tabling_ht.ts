<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht_HT">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="43"/>
        <source>Change the organizer passphrase</source>
        <translation>Chanje fraz sekrè òganizatè a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="47"/>
        <source>Sign-ups stay locked as they are; from now on they open with the new passphrase only. Tell the new one to whoever needs it, and keep it safe.</source>
        <translation>Enskripsyon yo rete fèmen jan yo ye a; depi kounye a se sèlman ak nouvo fraz sekrè a yo ap louvri. Di moun ki bezwen l nouvo fraz sekrè a, epi kenbe l an sekirite.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="51"/>
        <source>Current passphrase</source>
        <translation>Fraz sekrè kounye a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="52"/>
        <source>New passphrase</source>
        <translation>Nouvo fraz sekrè</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="53"/>
        <source>The new one again</source>
        <translation>Nouvo a ankò</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="68"/>
        <source>Change passphrase</source>
        <translation>Chanje fraz sekrè</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="99"/>
        <source>Type the current passphrase.</source>
        <translation>Ekri fraz sekrè kounye a.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="107"/>
        <source>The two new passphrases differ.</source>
        <translation>De nouvo fraz sekrè yo pa menm.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="111"/>
        <source>Changing the passphrase…</source>
        <translation>N ap chanje fraz sekrè a…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="126"/>
        <source>This is not the current passphrase. Nothing was changed.</source>
        <translation>Sa a se pa fraz sekrè kounye a. Anyen pa chanje.</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="69"/>
        <source>Update legislators…</source>
        <translation>Mete lejislatè yo ajou…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="71"/>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="77"/>
        <source>With the district maps</source>
        <translation>Ak kat distri yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="78"/>
        <source>Also download the district maps (they change once a decade)</source>
        <translation>Telechaje kat distri yo tou (yo chanje yon fwa chak dis an)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="84"/>
        <source>What the update changed</source>
        <translation>Sa mizajou a chanje</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="102"/>
        <source>today</source>
        <translation>jodi a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="102"/>
        <source>yesterday</source>
        <translation>yè</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="103"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>sa gen %n jou</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="106"/>
        <source>Legislators as of %1 (%2)</source>
        <translation>Lejislatè yo jan yo te ye %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="111"/>
        <source>This list is more than %1 days old: some members may have changed. Update it while the laptop is online.</source>
        <translation>Lis sa a gen plis pase %1 jou: kèk manm ka chanje. Mete l ajou lè òdinatè a gen entènèt.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="129"/>
        <source>Starting the update…</source>
        <translation>Mizajou a ap kòmanse…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="159"/>
        <source>Cancelling…</source>
        <translation>N ap anile…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="173"/>
        <source>Updating the waiting letters and emails…</source>
        <translation>N ap mete lèt ak imèl k ap tann yo ajou…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="186"/>
        <source>The waiting letters and emails could not be re-targeted (%1); update again to retry.</source>
        <translation>Nou pa t ka voye lèt ak imèl k ap tann yo bay bon moun nan (%1); mete ajou ankò pou eseye ankò.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="197"/>
        <source>The legislators are up to date.</source>
        <translation>Lis lejislatè yo ajou.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="210"/>
        <source>Cancelled: the legislators&apos; data was not changed.</source>
        <translation>Anile: done lejislatè yo pa chanje.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="218"/>
        <source>The update stopped (%1); the legislators&apos; data was not changed.</source>
        <translation>Mizajou a rete (%1); done lejislatè yo pa chanje.</translation>
    </message>
</context>
<context>
    <name>DeliveryTab</name>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="39"/>
        <source>Room</source>
        <translation>Sal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="40"/>
        <source>Member</source>
        <translation>Manm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="41"/>
        <source>District</source>
        <translation>Distri</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="42"/>
        <source>Letters</source>
        <translation>Lèt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="43"/>
        <source>Stack</source>
        <translation>Pakèt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="44"/>
        <source>Delivered</source>
        <translation>Livre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="69"/>
        <source>Stack code</source>
        <translation>Kòd pakèt la</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="70"/>
        <source>Scan or type a cover sheet&apos;s code</source>
        <translation>Eskane oswa tape kòd yon fèy kouvèti</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="77"/>
        <source>Your initials (optional)</source>
        <translation>Inisyal ou (si ou vle)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="82"/>
        <source>Undo last scan</source>
        <translation>Anile dènye eskan an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="86"/>
        <source>Show delivered stacks too</source>
        <translation>Montre pakèt ki livre yo tou</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="94"/>
        <source>Stacks to deliver</source>
        <translation>Pakèt pou livre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="99"/>
        <source>Code:</source>
        <translation>Kòd:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="105"/>
        <source>Your initials (optional):</source>
        <translation>Inisyal ou (si ou vle):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="118"/>
        <source>As each stack is left at its office, scan the code on its cover sheet (or type it and press Enter).</source>
        <translation>Chak fwa ou kite yon pakèt nan biwo li, eskane kòd ki sou fèy kouvèti a (oswa tape l epi peze Antre).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="149"/>
        <source>%1 by %2</source>
        <translation>%1 pa %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="165"/>
        <source>No stacks yet: print the letters by office in the Letters tab.</source>
        <translation>Poko gen pakèt: enprime lèt yo pa biwo nan onglè Lèt la.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="169"/>
        <source>%1 of %2 stacks still to deliver (%n letters).</source>
        <translation>
            <numerusform>Rete %1 sou %2 pakèt pou livre (%n lèt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="200"/>
        <source>Delivered: %1, room %2, %n letters.</source>
        <translation>
            <numerusform>Livre: %1, sal %2, %n lèt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="206"/>
        <source>Already delivered: %1, at %2 by %3.</source>
        <translation>Te deja livre: %1, a %2 pa %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="214"/>
        <source>%1 is a letter&apos;s code: scan the cover sheet on top of the stack (its code begins with S-).</source>
        <translation>%1 se kòd yon lèt: eskane fèy kouvèti ki sou pakèt la (kòd li kòmanse ak S-).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="220"/>
        <source>No stack %1 is known here: it was never marked printed, or was printed on a laptop not synced with this one.</source>
        <translation>Nou pa konnen okenn pakèt %1 isit la: yo pa t janm make l enprime, oswa yo te enprime l sou yon òdinatè ki pa senkronize ak sa a.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="225"/>
        <source>%1 is not a stack&apos;s code (they look like S-K7QX-M2PA).</source>
        <translation>%1 pa kòd yon pakèt (yo sanble S-K7QX-M2PA).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="246"/>
        <source>Undone: %1 is still to deliver.</source>
        <translation>Anile: %1 toujou pou livre.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="257"/>
        <source>Something went wrong: %1</source>
        <translation>Gen yon bagay ki mal pase: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="41"/>
        <source>the same name, nothing else to compare</source>
        <translation>menm non, pa gen lòt bagay pou konpare</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="42"/>
        <source>the same email address, another name</source>
        <translation>menm imèl, yon lòt non</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="43"/>
        <source>the same phone number, another name</source>
        <translation>menm nimewo telefòn, yon lòt non</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="44"/>
        <source>very similar names at the same address</source>
        <translation>non ki sanble anpil nan menm adrès</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="45"/>
        <source>the same name and email</source>
        <translation>menm non ak menm imèl</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="46"/>
        <source>the same name and phone</source>
        <translation>menm non ak menm telefòn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="47"/>
        <source>the same name and address</source>
        <translation>menm non ak menm adrès</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="48"/>
        <source>merged by a volunteer</source>
        <translation>yon volontè mete yo ansanm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="51"/>
        <source>letter</source>
        <translation>lèt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="52"/>
        <source>email</source>
        <translation>imèl</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="53"/>
        <source>email updates</source>
        <translation>nouvèl pa imèl</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="54"/>
        <source>text updates</source>
        <translation>nouvèl pa tèks</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="70"/>
        <source>nothing</source>
        <translation>anyen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="75"/>
        <source>Name:</source>
        <translation>Non:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="77"/>
        <source>Street address:</source>
        <translation>Adrès:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="79"/>
        <source>Town:</source>
        <translation>Vil:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="81"/>
        <source>Email:</source>
        <translation>Imèl:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="82"/>
        <source>Phone:</source>
        <translation>Telefòn:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="83"/>
        <source>Language:</source>
        <translation>Lang:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="84"/>
        <source>Asked for:</source>
        <translation>Li mande:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="85"/>
        <source>Signed in:</source>
        <translation>Enskri:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="123"/>
        <source>Possible duplicates</source>
        <translation>Sa ki ka doub</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="125"/>
        <source>Later sign-in</source>
        <translation>Enskripsyon ki vin apre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="126"/>
        <source>Earlier sign-in</source>
        <translation>Enskripsyon ki te vin anvan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="127"/>
        <source>Merge into the earlier one</source>
        <translation>Mete l ansanm ak sa ki te anvan an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="129"/>
        <source>Keep apart: two people</source>
        <translation>Kite yo apa: de moun</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="132"/>
        <source>Merged sign-ups</source>
        <translation>Enskripsyon ki mete ansanm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="134"/>
        <source>Split back into two</source>
        <translation>Separe yo an de ankò</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="156"/>
        <source>Merged sign-ups (the newest merge of a sign-up can be split):</source>
        <translation>Enskripsyon ki mete ansanm (ou ka separe dènye fwa yo mete yon enskripsyon ansanm):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="197"/>
        <source>%n possible duplicate(s) to decide. Nothing is merged until you choose; the kiosk never tells a signer that someone like them signed in.</source>
        <translation>
            <numerusform>%n enskripsyon ki ka doub pou w deside. Anyen pa mete ansanm toutotan ou pa chwazi; kyòs la pa janm di yon moun ke yon lòt moun ki sanble l te enskri.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="202"/>
        <source>No possible duplicates to decide.</source>
        <translation>Pa gen enskripsyon ki ka doub pou w deside.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="254"/>
        <source>Merging…</source>
        <translation>N ap mete yo ansanm…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="261"/>
        <source>Merged %1 into the earlier sign-up. Split it below if that was wrong.</source>
        <translation>%1 mete ansanm ak enskripsyon ki te anvan an. Separe l anba a si se te yon erè.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="274"/>
        <source>Kept apart: they stay two sign-ups.</source>
        <translation>Yo rete apa: se de enskripsyon.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="288"/>
        <source>Split: both sign-ups are back as they were, each with its own letters and emails.</source>
        <translation>Separe: de enskripsyon yo tounen jan yo te ye, chak ak lèt ak imèl pa l.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="300"/>
        <source>That did not work: %1</source>
        <translation>Sa pa t mache: %1</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="40"/>
        <source>Correct a sign-up</source>
        <translation>Korije yon enskripsyon</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../desktop/signin/fields.py" line="55"/>
        <source>First name</source>
        <translation>Prenon</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="57"/>
        <source>Last name</source>
        <translation>Non fanmi</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="59"/>
        <source>Street address</source>
        <translation>Adrès (nimewo ak non lari a)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="62"/>
        <source>Town, neighbourhood or ZIP code</source>
        <translation>Vil, katye oswa kòd postal (ZIP)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="65"/>
        <source>ZIP code</source>
        <translation>Kòd postal</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="67"/>
        <source>Email (optional)</source>
        <translation>Imel (si ou vle)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="69"/>
        <source>Phone (optional)</source>
        <translation>Telefòn (si ou vle)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="73"/>
        <source>A note for the letter</source>
        <translation>Yon nòt pou lèt la</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="135"/>
        <source>Ward and precinct</source>
        <translation>Wòd ak presen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="136"/>
        <source>Preferred language</source>
        <translation>Lang ou prefere</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="145"/>
        <source>Email my legislators in my name</source>
        <translation>Voye yon imel bay lejislatè mwen yo nan non mwen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="146"/>
        <source>Print a letter for me to sign</source>
        <translation>Enprime yon lèt pou m siyen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="147"/>
        <source>Email me updates</source>
        <translation>Voye nouvèl ban mwen pa imèl</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="148"/>
        <source>Text me updates</source>
        <translation>Voye nouvèl ban mwen pa mesaj tèks</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="153"/>
        <location filename="../../desktop/gui/pages/signin_form.py" line="159"/>
        <source>Choose ward and precinct</source>
        <translation>Chwazi wòd ak presen ou</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="163"/>
        <source>Precinct %1</source>
        <translation>Presen %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="165"/>
        <source>Ward %1, precinct %2</source>
        <translation>Wòd %1, presen %2</translation>
    </message>
</context>
<context>
    <name>HoldingsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="43"/>
        <source>Event</source>
        <translation>Evènman</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="44"/>
        <source>Date</source>
        <translation>Dat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="45"/>
        <source>Sign-ups with personal data</source>
        <translation>Enskripsyon ki gen done pèsonèl</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="46"/>
        <source>Oldest</source>
        <translation>Pi ansyen an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="47"/>
        <source>Purged</source>
        <translation>Efase</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="72"/>
        <source>What this laptop holds</source>
        <translation>Sa òdinatè sa a kenbe</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="77"/>
        <source>Sealed (only the organizer&apos;s passphrase opens them): names, street address, place, ZIP, email, phone, note. Plain beside each sign-up: town, ward and precinct, districts, language, consents, the sign-in time to the minute. Repeat signers are recognised by digests that do not give the values back.</source>
        <translation>Sele (se sèlman modpas òganizatè a ki ka louvri yo): non, adrès, kote, kòd postal, imèl, telefòn, nòt. Aklè bò kote chak enskripsyon: vil, pawas ak biwo vòt, distri, lang, konsantman, lè enskripsyon an rive nan minit la. Moun ki enskri ankò rekonèt pa rezime ki pa bay valè yo tounen.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="82"/>
        <source>Days to keep personal data</source>
        <translation>Konbyen jou pou kenbe done pèsonèl yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="83"/>
        <source>Save</source>
        <translation>Anrejistre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="88"/>
        <source>Keep this event&apos;s personal data, after everything is sent and printed, for (days):</source>
        <translation>Kenbe done pèsonèl evènman sa a, apre tout bagay fin voye ak enprime, pandan (jou):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="95"/>
        <source>Wipe this laptop…</source>
        <translation>Efase tout bagay sou òdinatè sa a…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="133"/>
        <source>nothing held</source>
        <translation>pa gen anyen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="136"/>
        <source>%1 days after %2 messages are sent and %3 letters printed</source>
        <translation>%1 jou apre %2 mesaj fin voye ak %3 lèt fin enprime</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="143"/>
        <source>%1 days after the last of %n waiting letters is printed</source>
        <translation>
            <numerusform>%1 jou apre dènye nan %n lèt k ap tann yo fin enprime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="147"/>
        <source>%1 days after the last of %n waiting messages is sent</source>
        <translation>
            <numerusform>%1 jou apre dènye nan %n mesaj k ap tann yo fin voye</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="161"/>
        <source>Saved: kept %1 days.</source>
        <translation>Anrejistre: n ap kenbe yo %1 jou.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="169"/>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="179"/>
        <source>Wipe this laptop</source>
        <translation>Efase tout bagay sou òdinatè sa a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="171"/>
        <source>This destroys the organizer&apos;s keys and every sign-up on this laptop, for good. Organizer passphrase:</source>
        <translation>Sa a detwi kle òganizatè a ak tout enskripsyon sou òdinatè sa a pou tout tan. Modpas òganizatè a:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="180"/>
        <source>Type WIPE to go on:</source>
        <translation>Ekri WIPE pou kontinye:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="183"/>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="202"/>
        <source>Nothing was wiped.</source>
        <translation>Anyen pa t efase.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="195"/>
        <source>Wiped. The app closes now; start it again to set it up anew.</source>
        <translation>Efase. Aplikasyon an ap fèmen kounye a; louvri l ankò pou w konfigire l tou nèf.</translation>
    </message>
</context>
<context>
    <name>HubStatus</name>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="44"/>
        <source>Coalition hub</source>
        <translation>Sèvè santral kowalisyon an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="79"/>
        <source>not reachable</source>
        <translation>pa ka jwenn li</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="92"/>
        <source>Hub: syncing…</source>
        <translation>Sèvè santral: n ap senkronize…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="96"/>
        <source>Hub: %1</source>
        <translation>Sèvè santral: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="98"/>
        <source>last synced at %1</source>
        <translation>dènye senkronizasyon a %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/hub_status.py" line="100"/>
        <source>Hub: synced at %1 · %n laptop(s) seen</source>
        <translation>
            <numerusform>Sèvè santral: senkronize a %1 · %n òdinatè wè</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="104"/>
        <source>Hub: last synced at %1</source>
        <translation>Sèvè santral: dènye senkronizasyon a %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="106"/>
        <source>Hub: not synced yet</source>
        <translation>Sèvè santral: poko senkronize</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message>
        <location filename="../../desktop/gui/widgets/idle.py" line="88"/>
        <source>Still there? This form clears in %1 seconds. Touch any key to keep it.</source>
        <translation>Ou la toujou? Fòm sa a ap efase nan %1 segonn. Touche nenpòt kle pou kenbe l.</translation>
    </message>
</context>
<context>
    <name>LegislatorsCard</name>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="56"/>
        <source>not decided yet</source>
        <translation>poko konnen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="58"/>
        <source>vacant: this seat has no member now</source>
        <translation>vid: pèsonn pa okipe plas sa a kounye a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="61"/>
        <source>Democratic</source>
        <translation>Demokrat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="62"/>
        <source>Republican</source>
        <translation>Repibliken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="63"/>
        <source>Independent</source>
        <translation>Endepandan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="64"/>
        <source>Unenrolled</source>
        <translation>San pati</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="69"/>
        <source>Phone: %1</source>
        <translation>Telefòn: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="71"/>
        <source>Email: %1</source>
        <translation>Imel: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="73"/>
        <source>State House, room %1</source>
        <translation>State House, biwo %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="78"/>
        <source>Your legislators</source>
        <translation>Lejislatè ou yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="80"/>
        <source>Type your town, neighbourhood or ZIP code to see them.</source>
        <translation>Tape vil ou, katye ou oswa kòd postal ou pou w wè yo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="86"/>
        <source>State Representative</source>
        <translation>Reprezantan Eta a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="88"/>
        <source>State Senator</source>
        <translation>Senatè Eta a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="92"/>
        <source>This name covers several towns (%1). Please type your town.</source>
        <translation>Non sa a se non plizyè vil (%1). Tanpri tape vil ou.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="101"/>
        <source>%1 is in %2, which is split between districts. All of %2&apos;s wards and precincts are listed below: the maps cannot tell which of them %1 covers. Choose yours, or tell the volunteer your street address.</source>
        <translation>%1 nan %2, ki divize ant plizyè distri. Tout wòd ak presen %2 yo nan lis anba a: kat yo pa ka di kiyès ladan yo %1 kouvri. Chwazi pa w la, oswa di volontè a adrès ou.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="111"/>
        <source>%1 is split between districts. Choose your ward and precinct below, or tell the volunteer your street address.</source>
        <translation>%1 divize ant plizyè distri. Chwazi wòd ak presen ou anba a, oswa di yon volontè adrès ou.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="65"/>
        <source>Code</source>
        <translation>Kòd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="66"/>
        <source>To</source>
        <translation>Pou</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="67"/>
        <source>District</source>
        <translation>Distri</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="68"/>
        <source>From</source>
        <translation>Soti nan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="69"/>
        <source>Town</source>
        <translation>Vil</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="70"/>
        <source>Printed</source>
        <translation>Enprime</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="105"/>
        <source>Include letters already printed</source>
        <translation>Mete lèt ki deja enprime yo tou</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="111"/>
        <source>Every event of this day, all tables</source>
        <translation>Tout evènman jou sa a, tout tab yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="118"/>
        <source>Letters to print</source>
        <translation>Lèt pou enprime</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="122"/>
        <source>Printer</source>
        <translation>Enprimant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="125"/>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="135"/>
        <source>Preview</source>
        <translation>Gade anvan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="136"/>
        <source>Print</source>
        <translation>Enprime</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="137"/>
        <source>Save as PDF…</source>
        <translation>Anrejistre kòm PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="138"/>
        <source>Mark as printed</source>
        <translation>Make kòm enprime</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="139"/>
        <source>Route sheet…</source>
        <translation>Fèy wout…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="146"/>
        <source>Printer options…</source>
        <translation>Opsyon enprimant…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="150"/>
        <source>Printer:</source>
        <translation>Enprimant:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="158"/>
        <source>Letters by office, each stack with its cover sheet. Select some to print only those.</source>
        <translation>Lèt yo pa biwo, chak pil ak fèy kouvèti li. Chwazi kèk pou enprime sèlman yo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="211"/>
        <source>%1 (default)</source>
        <translation>%1 (pa defo)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="224"/>
        <source>No printer found: Save as PDF instead</source>
        <translation>Pa gen enprimant: anrejistre kòm PDF pito</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="284"/>
        <source>%n copies</source>
        <translation>
            <numerusform>%n kopi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="286"/>
        <source>both sides</source>
        <translation>de bò</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="306"/>
        <source>Yes</source>
        <translation>Wi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="315"/>
        <source>%n letters to print.</source>
        <translation>
            <numerusform>%n lèt pou enprime.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="317"/>
        <source>%n letters not printable: %1</source>
        <translation>
            <numerusform>%n lèt pa ka enprime: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="344"/>
        <source>There are no letters to print.</source>
        <translation>Pa gen lèt pou enprime.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="376"/>
        <source>Sending the pages to the printer…</source>
        <translation>N ap voye paj yo bay enprimant lan…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="381"/>
        <source>Cancelled: nothing was printed or marked.</source>
        <translation>Anile: anyen pa t enprime ni make.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="385"/>
        <source>Not printed: %1</source>
        <translation>Pa enprime: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="388"/>
        <source>Something went wrong: %1</source>
        <translation>Gen yon bagay ki pa mache: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="399"/>
        <source>No printer: use Save as PDF, and print the file elsewhere.</source>
        <translation>Pa gen enprimant: itilize Anrejistre kòm PDF, epi enprime fichye a yon lòt kote.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="422"/>
        <source>Sent %n letters to %1.</source>
        <translation>
            <numerusform>Nou voye %n lèt bay %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="424"/>
        <source>Sent %n letters to %1, print job number %2.</source>
        <translation>
            <numerusform>Nou voye %n lèt bay %1, travay enpresyon nimewo %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="430"/>
        <source>Too late to cancel: this printer had begun the job and cannot drop it.</source>
        <translation>Twò ta pou anile: enprimant sa a te deja kòmanse travay la e li pa ka lage l.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="433"/>
        <source>They count as printed.</source>
        <translation>Yo konte kòm enprime.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="443"/>
        <source>Save letters as PDF</source>
        <translation>Anrejistre lèt yo kòm PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="453"/>
        <source>Saved %n pages to %1. Mark them printed once printed.</source>
        <translation>
            <numerusform>Nou anrejistre %n paj nan %1. Make yo kòm enprime lè yo fin enprime.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="490"/>
        <source>Marked %n letters printed.</source>
        <translation>
            <numerusform>Nou make %n lèt kòm enprime.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="525"/>
        <source>Save the route sheet</source>
        <translation>Anrejistre fèy wout la</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="551"/>
        <source>No stacks yet: print the letters by office first, then the route.</source>
        <translation>Poko gen pakèt: enprime lèt yo pa biwo anvan, epi wout la.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="555"/>
        <source>Saved the route through %n stacks to %1.</source>
        <translation>
            <numerusform>Wout %n pakèt la anrejistre nan %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <location filename="../../desktop/gui/widgets/note_box.py" line="50"/>
        <source>%1 characters left</source>
        <translation>Rete %1 karaktè</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/note_box.py" line="58"/>
        <source>A few words of your own for your letter (optional)</source>
        <translation>Kèk mo pa w pou lèt ou a (si ou vle)</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="42"/>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="43"/>
        <source>To</source>
        <translation>Pou</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="44"/>
        <source>State</source>
        <translation>Eta</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="45"/>
        <source>Attempts</source>
        <translation>Esè</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="46"/>
        <source>Why it failed</source>
        <translation>Poukisa li echwe</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="52"/>
        <source>Email to legislator</source>
        <translation>Imèl pou lejislatè</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="53"/>
        <source>Confirmation</source>
        <translation>Konfimasyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="54"/>
        <source>Action Network record</source>
        <translation>Dosye Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="55"/>
        <source>Action Network unsubscribe</source>
        <translation>Dezabònman Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="56"/>
        <source>the signer</source>
        <translation>moun ki siyen an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="57"/>
        <source>the signer&apos;s State Representative, once the district is decided</source>
        <translation>Reprezantan Eta moun nan, lè distri a deside</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="60"/>
        <source>the signer&apos;s State Senator, once the district is decided</source>
        <translation>Senatè Eta moun nan, lè distri a deside</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="61"/>
        <source>the signer&apos;s legislator, once the district is decided</source>
        <translation>lejislatè moun nan, lè distri a deside</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="62"/>
        <source>a former member</source>
        <translation>yon ansyen manm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="63"/>
        <source>waiting for the district</source>
        <translation>ap tann distri a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="64"/>
        <source>to send</source>
        <translation>pou voye</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="65"/>
        <source>sending</source>
        <translation>ap voye</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="66"/>
        <source>sent</source>
        <translation>voye</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="67"/>
        <source>failed</source>
        <translation>echwe</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="68"/>
        <source>member left: re-target or drop</source>
        <translation>manm nan ale: voye bay lòt moun oswa lage l</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="69"/>
        <source>not sent: consent withdrawn</source>
        <translation>pa voye: moun nan retire konsantman l</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="97"/>
        <source>Outbox</source>
        <translation>Bwat sòti</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="99"/>
        <source>Retry failed</source>
        <translation>Eseye sa ki echwe yo ankò</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="101"/>
        <source>Refresh</source>
        <translation>Rafrechi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="106"/>
        <source>Re-target flagged</source>
        <translation>Voye sa ki make yo bay nouvo manm nan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="108"/>
        <source>Send them to the seat&apos;s member now, where there is one</source>
        <translation>Voye yo bay manm ki chita nan pòs la kounye a, si genyen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="111"/>
        <source>Drop flagged…</source>
        <translation>Lage sa ki make yo…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="113"/>
        <source>Withdraw consent…</source>
        <translation>Retire konsantman…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="116"/>
        <source>Take someone off the updates list, here and in Action Network, by email or phone</source>
        <translation>Retire yon moun nan lis nouvèl la, isit la ak nan Action Network, ak imèl oswa telefòn li</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="150"/>
        <source>%1 and %2 are for a member who is no longer in office: re-target them to the seat&apos;s member now, or drop them.</source>
        <translation>%1 ak %2 se pou yon manm ki pa nan pòs la ankò: voye yo bay manm ki la kounye a, oswa lage yo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="152"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n lèt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="153"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n imèl</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="172"/>
        <source>Drop flagged</source>
        <translation>Lage sa ki make yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="173"/>
        <source>Drop the flagged letters and emails? They will not be sent to anyone.</source>
        <translation>Lage lèt ak imèl ki make yo? Yo p ap voye bay pèsonn.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="206"/>
        <source>%1 %2</source>
        <comment>a count, then a state: 2 sent</comment>
        <translation>%2: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="211"/>
        <source>The outbox is empty.</source>
        <translation>Bwat sòti a vid.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="227"/>
        <source>Withdraw consent</source>
        <translation>Retire konsantman</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="229"/>
        <source>The email address or phone number of the person who asks to be taken off the updates list:</source>
        <translation>Imèl oswa nimewo telefòn moun ki mande pou yo retire l nan lis nouvèl la:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="245"/>
        <source>Nothing was changed: %1</source>
        <translation>Anyen pa chanje: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="252"/>
        <source>No sign-up has that email address or phone number.</source>
        <translation>Okenn enskripsyon pa gen imèl oswa telefòn sa a.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="255"/>
        <source>Updates consent withdrawn for %n sign-up(s).</source>
        <translation>
            <numerusform>Konsantman pou nouvèl retire pou %n enskripsyon.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="256"/>
        <source>Action Network records not yet sent, dropped: %1.</source>
        <translation>Dosye Action Network ki poko pati, lage: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="260"/>
        <source>Unsubscribes queued for records already sent: %1 (they go at the next sync).</source>
        <translation>Dezabònman k ap tann pou dosye ki deja pati: %1 (y ap pati nan pwochen voye a).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="263"/>
        <source>Unsubscribes queued for records already sent: 0.</source>
        <translation>Dezabònman k ap tann pou dosye ki deja pati: 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="271"/>
        <source>That is neither an email address nor a phone number.</source>
        <translation>Sa a pa ni yon imèl ni yon nimewo telefòn.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="24"/>
        <source>Passphrase strength</source>
        <translation>Fòs fraz sekrè a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="39"/>
        <source>Strong.</source>
        <translation>Fò.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="41"/>
        <source>Fair: good enough. Another random word makes it stronger.</source>
        <translation>Mwayen: li bon ase. Yon lòt mo o aza ap fè l pi fò.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="43"/>
        <source>Weak: %1 Try four or more random words that have nothing to do with each other.</source>
        <translation>Fèb: %1 Eseye kat mo oswa plis, o aza, ki pa gen anyen pou wè youn ak lòt.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="48"/>
        <source>It needs at least %1 characters.</source>
        <translation>Li bezwen omwen %1 karaktè.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="51"/>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="52"/>
        <source>It uses too few different characters.</source>
        <translation>Li sèvi ak twò piti karaktè diferan.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="53"/>
        <source>Runs of keys like 1234567890 or qwertyuiop are guessed first.</source>
        <translation>Seri touch tankou 1234567890 oswa qwertyuiop se premye bagay moun eseye.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="54"/>
        <source>It is, or looks like, a common password.</source>
        <translation>Se yon modpas moun itilize souvan, oswa li sanble ak youn.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="55"/>
        <source>A single word or name is easy to guess.</source>
        <translation>Yon sèl mo oswa yon non fasil pou devine.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="56"/>
        <source>Patterns on the keyboard are easy to guess.</source>
        <translation>Desen sou klavye a fasil pou devine.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="57"/>
        <source>Repeated letters or patterns are easy to guess.</source>
        <translation>Lèt oswa desen ki repete fasil pou devine.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="58"/>
        <source>Sequences like abc or 6543 are easy to guess.</source>
        <translation>Sekans tankou abc oswa 6543 fasil pou devine.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="59"/>
        <source>Years and dates are easy to guess.</source>
        <translation>Ane ak dat fasil pou devine.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="60"/>
        <source>It uses words tied to the app or the event.</source>
        <translation>Li sèvi ak mo ki gen rapò ak aplikasyon an oswa evènman an.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="62"/>
        <source>It would be guessed quickly.</source>
        <translation>Moun ta devine l vit.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/gui/widgets/pdf_preview.py" line="24"/>
        <source>Print preview</source>
        <translation>Apèsi anvan enprime</translation>
    </message>
</context>
<context>
    <name>PendingLookup</name>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="25"/>
        <source>no street ranges for the place</source>
        <translation>pa gen ran lari pou kote a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="26"/>
        <source>street not found</source>
        <translation>lari a pa jwenn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="27"/>
        <source>house number not on the street&apos;s ranges</source>
        <translation>nimewo kay la pa nan ran lari a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="28"/>
        <source>the address is in another town</source>
        <translation>adrès la nan yon lòt vil</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="29"/>
        <source>too near a district boundary</source>
        <translation>twò pre fwontyè yon distri</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="30"/>
        <source>the street is in several parts of town (add the ZIP code)</source>
        <translation>lari a nan plizyè pati nan vil la (ajoute kòd postal la)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="31"/>
        <source>not found online</source>
        <translation>pa jwenn sou entènèt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="32"/>
        <source>the online lookup did not answer</source>
        <translation>rechèch sou entènèt la pa reponn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="75"/>
        <source>No pending sign-up has a street address to look up.</source>
        <translation>Okenn enskripsyon k ap tann pa gen adrès pou chèche.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="78"/>
        <source>Found the districts of %1 of %n pending sign-up(s).</source>
        <translation>
            <numerusform>Nou jwenn distri %1 sou %n enskripsyon k ap tann.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="82"/>
        <source>%1 %2</source>
        <comment>a count, then why: 2 street not found</comment>
        <translation>%2: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="88"/>
        <source>Still open: %1. Choose their ward and precinct, or correct the address.</source>
        <translation>Poko deside: %1. Chwazi wòd ak presen yo, oswa korije adrès la.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="95"/>
        <source>Could not look up the pending addresses: %1</source>
        <translation>Nou pa t ka chèche adrès k ap tann yo: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="49"/>
        <source>seconds</source>
        <translation>segonn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="50"/>
        <source>days</source>
        <translation>jou</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="68"/>
        <source>Clear a half-filled form after</source>
        <translation>Efase yon fòm ki poko fini apre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="69"/>
        <source>Countdown shown before</source>
        <translation>Kont a rebou parèt anvan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="70"/>
        <source>Show the thank-you screen for</source>
        <translation>Montre ekran remèsiman an pandan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="71"/>
        <source>Text size</source>
        <translation>Gwosè tèks la</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="72"/>
        <source>Print letters right after each sign-in</source>
        <translation>Enprime lèt yo touswit apre chak enskripsyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="73"/>
        <source>Look up street addresses online when connected</source>
        <translation>Chèche adrès sou entènèt lè gen koneksyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="74"/>
        <source>Give up on the geocoder after</source>
        <translation>Sispann tann jeyokodè a apre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="75"/>
        <source>Warn when the legislators&apos; data is older than (days)</source>
        <translation>Avèti lè done lejislatè yo pi ansyen pase (jou)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="76"/>
        <source>Volunteer view language</source>
        <translation>Lang paj volontè yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="77"/>
        <source>Print through</source>
        <translation>Enprime atravè</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="78"/>
        <source>Proxy for web requests (empty: none)</source>
        <translation>Proxy pou demann sou entènèt (vid: okenn)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="83"/>
        <source>Automatic: CUPS where it is installed, else the system&apos;s printing</source>
        <translation>Otomatik: CUPS kote li enstale, sinon enpresyon sistèm nan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="84"/>
        <source>CUPS (Linux, macOS)</source>
        <translation>CUPS (Linux, macOS)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="85"/>
        <source>The system&apos;s printing, through Qt (as on Windows)</source>
        <translation>Enpresyon sistèm nan, atravè Qt (tankou sou Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="153"/>
        <source>Kiosk settings</source>
        <translation>Paramèt kyòs la</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="163"/>
        <source>Timings, text size and the volunteer view&apos;s language take effect at the next start; the rest at once. The online lookup sends a split town&apos;s street address to the U.S. Census Bureau&apos;s geocoder.</source>
        <translation>Tan yo, gwosè tèks la ak lang paj volontè yo ap aplike lè aplikasyon an rekòmanse; rès la touswit. Rechèch sou entènèt la voye adrès yon vil ki divize bay jeyokodè Biwo Resansman Etazini an.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="187"/>
        <source>Not saved: %1</source>
        <translation>Pa anrejistre: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="191"/>
        <source>Settings saved.</source>
        <translation>Paramèt yo anrejistre.</translation>
    </message>
</context>
<context>
    <name>ProblemMessages</name>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="17"/>
        <source>Please fill this in.</source>
        <translation>Tanpri ranpli sa a.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="18"/>
        <source>This is too long.</source>
        <translation>Sa a twò long.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="19"/>
        <source>This email address does not look right.</source>
        <translation>Adrès imel sa a pa sanble li kòrèk.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="21"/>
        <source>Our mail cannot be sent to an address with accented or non-Latin letters before the @. Please use another address, or leave it empty.</source>
        <translation>Nou pa ka voye imèl bay yon adrès ki gen lèt ak aksan oswa lèt ki pa latin anvan @ la. Tanpri sèvi ak yon lòt adrès, oswa kite l vid.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="23"/>
        <source>This phone number does not look right.</source>
        <translation>Nimewo telefòn sa a pa sanble li kòrèk.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="24"/>
        <source>We do not know this town, neighbourhood or ZIP code.</source>
        <translation>Nou pa rekonèt vil, katye oswa kòd postal sa a.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="25"/>
        <source>This place is not in Massachusetts.</source>
        <translation>Kote sa a pa nan Massachusetts.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="27"/>
        <source>Please add your email, so your legislators can write back to you.</source>
        <translation>Tanpri mete imel ou, pou lejislatè ou yo ka reponn ou.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="30"/>
        <source>Please add your email, so we can send you updates.</source>
        <translation>Tanpri mete imèl ou, pou nou ka voye nouvèl ba ou.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="33"/>
        <source>Please add your phone number, so we can text you updates.</source>
        <translation>Tanpri mete nimewo telefòn ou, pou nou ka voye nouvèl ba ou pa mesaj tèks.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="35"/>
        <source>This ward and precinct are not in that town.</source>
        <translation>Wòd ak presen sa yo pa nan vil sa a.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="39"/>
        <source>Did you mean: %1?</source>
        <translation>Èske ou te vle di: %1?</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="113"/>
        <source>Reading aloud is not available on this computer.</source>
        <translation>Lekti awotvwa pa disponib sou òdinatè sa a.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="116"/>
        <source>This computer has no voice for %1: nothing was read.</source>
        <translation>Òdinatè sa a pa gen vwa an %1: anyen pa li.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="130"/>
        <source>This computer has no voice for %1: reading in %2.</source>
        <translation>Òdinatè sa a pa gen vwa an %1: n ap li an %2.</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="65"/>
        <source>Sign-ups by House district</source>
        <translation>Enskripsyon pa distri Chanm Reprezantan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="66"/>
        <source>Sign-ups by Senate district</source>
        <translation>Enskripsyon pa distri Sena</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="67"/>
        <source>Positions after the visits: House</source>
        <translation>Pozisyon apre vizit yo: Chanm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="68"/>
        <source>Positions after the visits: Senate</source>
        <translation>Pozisyon apre vizit yo: Sena</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="71"/>
        <source>Map</source>
        <translation>Kat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="74"/>
        <source>Map of Massachusetts by district</source>
        <translation>Kat Massachusetts pa distri</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="77"/>
        <source>Save as PDF…</source>
        <translation>Anrejistre kòm PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="79"/>
        <source>Export counts…</source>
        <translation>Ekspòte kantite yo…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="104"/>
        <source>Sign-ups by district</source>
        <translation>Enskripsyon pa distri</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="105"/>
        <source>Positions after the visits, by district</source>
        <translation>Pozisyon apre vizit yo, pa distri</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="106"/>
        <source>House districts</source>
        <translation>Distri Chanm Reprezantan yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="106"/>
        <source>Senate districts</source>
        <translation>Distri Sena yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="107"/>
        <source>Greater Boston</source>
        <translation>Gran Boston</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="109"/>
        <source>fewer than 5</source>
        <translation>mwens pase 5</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="109"/>
        <source>5 to 9</source>
        <translation>5 a 9</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="109"/>
        <source>10 to 24</source>
        <translation>10 a 24</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="110"/>
        <source>25 to 49</source>
        <translation>25 a 49</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="110"/>
        <source>50 to 99</source>
        <translation>50 a 99</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="110"/>
        <source>100 or more</source>
        <translation>100 oswa plis</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="113"/>
        <source>Supports</source>
        <translation>Sipòte</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="113"/>
        <source>Undecided</source>
        <translation>Pa deside</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="114"/>
        <source>Opposes</source>
        <translation>Kont</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="114"/>
        <source>Did not say</source>
        <translation>Pa di</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="116"/>
        <source>Not visited</source>
        <translation>Pa vizite</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="132"/>
        <source>Counting…</source>
        <translation>N ap konte…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="152"/>
        <source>Drawing the sign-ups map…</source>
        <translation>N ap desinen kat enskripsyon yo…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="154"/>
        <source>Drawing the positions map…</source>
        <translation>N ap desinen kat pozisyon yo…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="163"/>
        <source>Up to date.</source>
        <translation>Ajou.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="169"/>
        <source>Could not make the report: %1</source>
        <translation>Nou pa t ka fè rapò a: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="181"/>
        <source>Save the report as PDF</source>
        <translation>Anrejistre rapò a kòm PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="189"/>
        <source>Export the event&apos;s counts</source>
        <translation>Ekspòte kantite evènman an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="200"/>
        <source>Writing %1…</source>
        <translation>N ap ekri %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="204"/>
        <source>Saved to %1.</source>
        <translation>Anrejistre nan %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="205"/>
        <source>Not saved: %1</source>
        <translation>Pa anrejistre: %1</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="16"/>
        <source>District</source>
        <translation>Distri</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="17"/>
        <source>Member</source>
        <translation>Lejislatè</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="18"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="25"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="74"/>
        <source>Sign-ups</source>
        <translation>Enskripsyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="19"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="76"/>
        <source>Letters printed</source>
        <translation>Lèt ki enprime</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="20"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="77"/>
        <source>Letters delivered</source>
        <translation>Lèt ki livre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="21"/>
        <source>Position</source>
        <translation>Pozisyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="24"/>
        <source>Town</source>
        <translation>Vil</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="26"/>
        <source>Pending</source>
        <translation>K ap tann</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="29"/>
        <source>Event</source>
        <translation>Evènman</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="30"/>
        <source>Count</source>
        <translation>Kantite</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="33"/>
        <source>Supports</source>
        <translation>Sipòte</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="34"/>
        <source>Undecided</source>
        <translation>Pa deside</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="35"/>
        <source>Opposes</source>
        <translation>Kont</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="36"/>
        <source>Did not say</source>
        <translation>Pa di</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="53"/>
        <source>Totals</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="54"/>
        <source>House</source>
        <translation>Chanm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="55"/>
        <source>Senate</source>
        <translation>Sena</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="56"/>
        <source>Towns</source>
        <translation>Vil</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="75"/>
        <source>Pending (split town, ward and precinct not yet known)</source>
        <translation>K ap tann (vil ki divize, pawas ak biwo vòt poko konnen)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="78"/>
        <source>Emails sent to legislators</source>
        <translation>Imèl ki voye bay lejislatè yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="79"/>
        <source>Records sent to the CRM</source>
        <translation>Dosye ki voye nan CRM nan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="80"/>
        <source>Visit reports</source>
        <translation>Rapò vizit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="83"/>
        <source>Sign-ups in %1</source>
        <translation>Enskripsyon an %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="90"/>
        <source>Not visited</source>
        <translation>Pa vizite</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="95"/>
        <source>(town not found)</source>
        <translation>(nou pa jwenn vil la)</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="77"/>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="81"/>
        <source>Choose ward and precinct</source>
        <translation>Chwazi wòd ak presen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="79"/>
        <source>Ward and precinct in %1</source>
        <translation>Wòd ak presen nan %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="84"/>
        <source>Precinct %1</source>
        <translation>Presen %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="86"/>
        <source>Ward %1, precinct %2</source>
        <translation>Wòd %1, presen %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="98"/>
        <source>Where in %1 does this person live?</source>
        <translation>Ki kote nan %1 moun sa a rete?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="44"/>
        <source>Sending settings</source>
        <translation>Paramèt pou voye</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="56"/>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="69"/>
        <source>kept in the system keyring; empty: unchanged</source>
        <translation>li kenbe nan kle sekrè sistèm nan; vid: pa chanje</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="60"/>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>vid: otorite sètifika sistèm nan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="64"/>
        <source>Send sign-ups to Action Network</source>
        <translation>Voye enskripsyon yo bay Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="72"/>
        <source>Mail server</source>
        <translation>Sèvè imèl</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="72"/>
        <source>Port</source>
        <translation>Pò</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="73"/>
        <source>Security</source>
        <translation>Sekirite</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="73"/>
        <source>User name</source>
        <translation>Non itilizatè</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="74"/>
        <source>Password</source>
        <translation>Modpas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="75"/>
        <source>Sending address</source>
        <translation>Adrès pou voye</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="76"/>
        <source>Coalition name</source>
        <translation>Non kowalisyon an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="77"/>
        <source>Certificate authority file (PEM)</source>
        <translation>Fichye otorite sètifika (PEM)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="78"/>
        <source>Emails per second (0: no limit)</source>
        <translation>Imèl pa segonn (0: san limit)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="79"/>
        <source>Action Network API</source>
        <translation>API Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="80"/>
        <source>API key</source>
        <translation>Kle API</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="84"/>
        <source>Send test email</source>
        <translation>Voye yon imèl tès</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="107"/>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="112"/>
        <source>Not saved: %1.</source>
        <translation>Pa anrejistre: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="137"/>
        <source>Settings saved, but not the password or key: this computer has no safe place to keep them (a system keyring). Ask the organizer to set the laptop up, or to send from a laptop that has one.</source>
        <translation>Paramèt yo anrejistre, men se pa modpas la ni kle a: òdinatè sa a pa gen yon kote ki an sekirite pou kenbe yo (kle sekrè sistèm). Mande òganizatè a pou l prepare laptop la, oswa pou l voye ak yon laptop ki genyen youn.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="141"/>
        <source>Settings saved.</source>
        <translation>Paramèt yo anrejistre.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="152"/>
        <source>Set the mail server and the sending address first.</source>
        <translation>Mete sèvè imèl la ak adrès pou voye a anvan.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="156"/>
        <source>Sending a test email…</source>
        <translation>N ap voye yon imèl tès…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="162"/>
        <source>Test email sent to %1. The settings work.</source>
        <translation>Imèl tès la voye bay %1. Paramèt yo mache.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="168"/>
        <source>The test email was not sent: %1</source>
        <translation>Imèl tès la pa t pati: %1</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="55"/>
        <source>Set up the tabling app</source>
        <translation>Konfigire aplikasyon tab enfòmasyon an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="55"/>
        <source>New event</source>
        <translation>Nouvo evènman</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="64"/>
        <source>Organizer passphrase</source>
        <translation>Fraz sekrè òganizatè a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="68"/>
        <source>Sign-ups are locked with this passphrase. Without it nobody, not even you, can read them. Use a few unrelated words, and keep it safe.</source>
        <translation>Enskripsyon yo fèmen ak fraz sekrè sa a. San li, pèsonn, menm ou menm, pa ka li yo. Sèvi ak kèk mo ki pa gen rapò youn ak lòt, epi kenbe l an sekirite.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="74"/>
        <source>Passphrase</source>
        <translation>Fraz sekrè</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="75"/>
        <source>The same again</source>
        <translation>Tape l ankò</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="84"/>
        <source>Event</source>
        <translation>Evènman</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="94"/>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="95"/>
        <source>Date</source>
        <translation>Dat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="96"/>
        <source>Place</source>
        <translation>Kote</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="97"/>
        <source>Campaign</source>
        <translation>Kanpay</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="104"/>
        <source>Actions offered</source>
        <translation>Aksyon ki disponib</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="106"/>
        <source>Printed letter</source>
        <translation>Lèt enprime</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="107"/>
        <source>Email in the signer&apos;s name</source>
        <translation>Imel nan non moun k ap siyen an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="108"/>
        <source>Call</source>
        <translation>Apèl</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="113"/>
        <source>Languages offered</source>
        <translation>Lang ki disponib</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="123"/>
        <source>Start signing people in</source>
        <translation>Kòmanse enskri moun</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="153"/>
        <source>The event needs a name.</source>
        <translation>Evènman an bezwen yon non.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="156"/>
        <source>The event needs a place: the town will do.</source>
        <translation>Evènman an bezwen yon kote: vil la ase.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="158"/>
        <source>Choose at least one action to offer.</source>
        <translation>Chwazi omwen yon aksyon pou ofri.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="182"/>
        <source>Choose the organizer passphrase.</source>
        <translation>Chwazi fraz sekrè òganizatè a.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="185"/>
        <source>The two passphrases differ.</source>
        <translation>De fraz sekrè yo pa menm.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="191"/>
        <source>Setting up…</source>
        <translation>N ap konfigire…</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="35"/>
        <source>the disk is full</source>
        <translation>disk la plen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="36"/>
        <source>the database cannot be written (read-only)</source>
        <translation>nou pa ka ekri nan baz done a (li sèlman)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="37"/>
        <source>the database could not save the row</source>
        <translation>baz done a pa t ka anrejistre liy lan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="40"/>
        <source>Ward</source>
        <translation>Wòd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="41"/>
        <source>Precinct</source>
        <translation>Presen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="63"/>
        <source>Import paper sign-in sheets</source>
        <translation>Enpòte fèy enskripsyon papye</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="63"/>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="70"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichye CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="70"/>
        <source>Export the sign-ups</source>
        <translation>Ekspòte enskripsyon yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="79"/>
        <source>Unlock the view to export.</source>
        <translation>Louvri paj la pou ekspòte.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="88"/>
        <source>Exporting…</source>
        <translation>N ap ekspòte…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="94"/>
        <source>Wrote %1 sign-ups to %2. It holds names and addresses: keep it safe, and delete it when it has served.</source>
        <translation>%1 enskripsyon ekri nan %2. Li gen non ak adrès: kenbe l an sekirite, epi efase l lè ou fin sèvi avè l.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="99"/>
        <source>Could not export: %1</source>
        <translation>Pa t ka ekspòte: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="107"/>
        <source>Importing…</source>
        <translation>N ap enpòte…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="112"/>
        <source>Could not import: %1</source>
        <translation>Pa t ka enpòte: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="118"/>
        <source>%1 added, %2 merged, %3 pending, %4 rejected</source>
        <translation>%1 ajoute, %2 mete ansanm, %3 k ap tann, %4 refize</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="125"/>
        <source>%1 already imported</source>
        <translation>%1 te deja enpòte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/sheet_files.py" line="128"/>
        <source>%n possible duplicate(s) to review</source>
        <translation>
            <numerusform>%n enskripsyon ki ka doub pou w gade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="131"/>
        <source>Imported %1 (read as %2): %3.</source>
        <translation>%1 enpòte (li kòm %2): %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="139"/>
        <source>Stopped at line %1: %2. Saved: lines %3. Not saved: line %4 and after. Import the same file again once this is fixed: the saved rows are skipped.</source>
        <translation>Li rete nan liy %1: %2. Anrejistre: liy %3. Pa anrejistre: liy %4 ak sa ki apre yo. Enpòte menm fichye a ankò lè sa a regle: liy ki deja anrejistre yo ap sote.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="143"/>
        <source>none</source>
        <translation>okenn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="146"/>
        <source>Line %1: %2</source>
        <translation>Liy %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="151"/>
        <source>Line %1: may be a repeat of %2; review it in the Duplicates tab</source>
        <translation>Liy %1: li ka repete %2; gade l nan onglè Doub la</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="169"/>
        <source>its quotes (&quot;) do not pair up; check the quotes in this row</source>
        <translation>giymè (&quot;) li yo pa mache de pa de; tcheke giymè ki nan liy sa a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="172"/>
        <source>a quote (&quot;) opened on this line is never closed, so the next %1 lines would be read as one cell; close or remove the quote</source>
        <translation>yon giymè (&quot;) ki louvri sou liy sa a pa janm fèmen, kidonk %1 liy ki vin apre yo ta li kòm yon sèl selil; fèmen l oswa retire l</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="176"/>
        <source>a cell holds %1 characters (at most %2)</source>
        <translation>yon selil gen %1 karaktè (%2 pou pi plis)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="182"/>
        <source>this row holds bytes that are not UTF-8 text (the file may be damaged); retype the row</source>
        <translation>liy sa a gen octè ki pa tèks UTF-8 (fichye a ka domaje); tape liy lan ankò</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="186"/>
        <source>the column %1 holds &apos;%2&apos;, which is not yes or no</source>
        <translation>kolòn %1 la gen &apos;%2&apos;, ki pa ni wi ni non</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="192"/>
        <source>the language &apos;%1&apos; is not one of %2: English is used</source>
        <translation>lang &apos;%1&apos; la pa youn nan %2: nou sèvi ak anglè</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="202"/>
        <source>the same name</source>
        <translation>menm non an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="203"/>
        <source>the same email under another name</source>
        <translation>menm imèl la anba yon lòt non</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="204"/>
        <source>the same phone under another name</source>
        <translation>menm telefòn nan anba yon lòt non</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="205"/>
        <source>a very similar name and address</source>
        <translation>yon non ak yon adrès ki sanble anpil</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="206"/>
        <source>the same name and email</source>
        <translation>menm non ak menm imèl</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="207"/>
        <source>the same name and phone</source>
        <translation>menm non ak menm telefòn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="208"/>
        <source>the same name and address</source>
        <translation>menm non ak menm adrès</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="212"/>
        <source>%1 as line %2</source>
        <translation>%1 ak liy %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="213"/>
        <source>%1 as an earlier sign-up</source>
        <translation>%1 ak yon enskripsyon anvan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="226"/>
        <source>missing</source>
        <translation>manke</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="227"/>
        <source>too long</source>
        <translation>twò long</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="228"/>
        <source>not a valid email address</source>
        <translation>se pa yon adrès imèl ki valab</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="230"/>
        <source>accented or non-Latin letters before the @, which our mail cannot be sent to</source>
        <translation>lèt ak aksan oswa ki pa latin anvan @ la, nou pa ka voye imèl ba yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="232"/>
        <source>not a valid phone number</source>
        <translation>se pa yon nimewo telefòn ki valab</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="234"/>
        <source>not a Massachusetts town, neighbourhood or ZIP code we know</source>
        <translation>se pa yon vil, katye oswa kòd postal Massachusetts nou konnen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="236"/>
        <source>outside Massachusetts</source>
        <translation>andeyò Massachusetts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="237"/>
        <source>needed to email legislators in the signer&apos;s name</source>
        <translation>li nesesè pou voye imèl bay lejislatè yo nan non moun nan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="238"/>
        <source>needed to email the signer updates</source>
        <translation>li nesesè pou voye nouvèl bay moun nan pa imèl</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="239"/>
        <source>needed to text the signer updates</source>
        <translation>li nesesè pou voye nouvèl bay moun nan pa tèks</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="240"/>
        <source>does not match the town</source>
        <translation>pa koresponn ak vil la</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="242"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="244"/>
        <source>(did you mean %1?)</source>
        <translation>(èske ou te vle di %1?)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="245"/>
        <source> or </source>
        <translation> oswa </translation>
    </message>
</context>
<context>
    <name>SigninPage</name>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="222"/>
        <source>Type your name and town, then press Sign in.</source>
        <translation>Ekri non w ak vil ou, epi peze Enskri.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="238"/>
        <source>Saving…</source>
        <translation>N ap anrejistre…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="255"/>
        <source>This could not be saved. Nothing you typed is lost: please try again, or ask the volunteer.</source>
        <translation>Nou pa t ka anrejistre sa. Ou pa pèdi anyen nan sa ou te tape: tanpri eseye ankò, oswa mande yon volontè.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="296"/>
        <source>Sign in to ask your legislators for the Safe Communities Act</source>
        <translation>Enskri pou mande lejislatè ou yo pou yo sipòte Lwa pou Kominote an Sekirite a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="298"/>
        <location filename="../../desktop/gui/pages/signin.py" line="304"/>
        <source>Sign in</source>
        <translation>Enskri</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="299"/>
        <source>Read aloud (F2)</source>
        <translation>Li awotvwa (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="300"/>
        <source>Read aloud</source>
        <translation>Li awotvwa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="302"/>
        <source>Reads this screen aloud in the language chosen above</source>
        <translation>Li ekran sa a awotvwa nan lang ou chwazi anlè a</translation>
    </message>
</context>
<context>
    <name>SignupsModel</name>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="29"/>
        <source>Time</source>
        <translation>Lè</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="30"/>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="31"/>
        <source>Town</source>
        <translation>Vil</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="32"/>
        <source>Status</source>
        <translation>Estati</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="33"/>
        <source>Representative</source>
        <translation>Reprezantan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="34"/>
        <source>Senator</source>
        <translation>Senatè</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="35"/>
        <source>Actions</source>
        <translation>Aksyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="40"/>
        <source>pending</source>
        <translation>k ap tann</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="41"/>
        <source>resolved</source>
        <translation>rezoud</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="43"/>
        <source>no letter or email asked for</source>
        <translation>li pa mande ni lèt ni imèl</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="46"/>
        <source>no letter for %1: the seat is vacant</source>
        <translation>pa gen lèt pou %1: plas la vid</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="47"/>
        <source>no email for %1: the seat is vacant</source>
        <translation>pa gen imèl pou %1: plas la vid</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="48"/>
        <source>no email for %1: the member has no email address</source>
        <translation>pa gen imèl pou %1: manm nan pa gen adrès imèl</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="75"/>
        <source>Email</source>
        <translation>Imèl</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="75"/>
        <source>Phone</source>
        <translation>Telefòn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="92"/>
        <source>(%1 waiting)</source>
        <translation>(%1 k ap tann)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="121"/>
        <location filename="../../desktop/gui/models/signups.py" line="122"/>
        <source>not decided</source>
        <translation>poko deside</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/models/signups.py" line="143"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n lèt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/models/signups.py" line="144"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n imèl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreetsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="42"/>
        <source>County</source>
        <translation>Konte</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="43"/>
        <source>Street segments</source>
        <translation>Moso lari</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="44"/>
        <source>Imported</source>
        <translation>Enpòte</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="45"/>
        <source>Age</source>
        <translation>Laj</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="156"/>
        <source>today</source>
        <translation>jodi a</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/streets_tab.py" line="156"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jou</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="68"/>
        <source>In towns split between districts, a street address decides who represents the signer. Download the street ranges of the event&apos;s counties before the event, while online: then addresses are decided at the table without internet.</source>
        <translation>Nan vil ki divize ant plizyè distri, adrès la deside ki moun ki reprezante moun k ap siyen an. Telechaje ran lari konte evènman an anvan evènman an, pandan ou gen entènèt: konsa adrès yo deside sou tab la san entènèt.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="78"/>
        <source>Counties prepared</source>
        <translation>Konte ki pare</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="80"/>
        <source>County to download</source>
        <translation>Konte pou telechaje</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="84"/>
        <source>Download street ranges</source>
        <translation>Telechaje ran lari yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="87"/>
        <source>Import a file…</source>
        <translation>Enpòte yon fichye…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="89"/>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="147"/>
        <source>The event&apos;s split towns need: %1. Not prepared yet.</source>
        <translation>Vil ki divize nan evènman an bezwen: %1. Li poko pare.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="150"/>
        <source>The event&apos;s counties are prepared.</source>
        <translation>Konte evènman an pare.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="152"/>
        <source>Choose the counties of the towns you expect signers from.</source>
        <translation>Chwazi konte vil kote ou panse moun yo ap soti.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="163"/>
        <source>Downloading %1…</source>
        <translation>N ap telechaje %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="170"/>
        <source>Import Census street ranges</source>
        <translation>Enpòte ran lari Resansman an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="172"/>
        <source>Census ADDRFEAT files (*addrfeat*.zip)</source>
        <translation>Fichye ADDRFEAT Resansman (*addrfeat*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="179"/>
        <source>Importing %1…</source>
        <translation>N ap enpòte %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="234"/>
        <source>Downloading %p%</source>
        <translation>N ap telechaje %p%</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="234"/>
        <source>Importing %p%</source>
        <translation>N ap enpòte %p%</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="248"/>
        <source>%1: %2 street segments ready.</source>
        <translation>%1: %2 moso lari pare.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/streets_tab.py" line="254"/>
        <source>%n range(s) without a usable house number were left out.</source>
        <translation>
            <numerusform>%n ran ki pa gen nimewo kay ki bon yo te kite deyò.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="263"/>
        <source>Cancelled. The street ranges are as they were.</source>
        <translation>Anile. Ran lari yo rete jan yo te ye.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="266"/>
        <source>%1 The street ranges are as they were.</source>
        <translation>%1 Ran lari yo rete jan yo te ye.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="100"/>
        <source>Unlock the volunteer view to send.</source>
        <translation>Louvri paj volontè yo pou voye.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="151"/>
        <source>Sync stopped: %1</source>
        <translation>Voye a rete: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="155"/>
        <source>Checking…</source>
        <translation>N ap verifye…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="156"/>
        <source>Online</source>
        <translation>Gen entènèt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="157"/>
        <source>Offline</source>
        <translation>Pa gen entènèt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="160"/>
        <source>%1 · %2 to send</source>
        <translation>%1 · %2 pou voye</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="162"/>
        <source>Sync now</source>
        <translation>Voye kounye a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="164"/>
        <source>Resume</source>
        <translation>Kontinye</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="164"/>
        <source>Pause</source>
        <translation>Poz</translation>
    </message>
</context>
<context>
    <name>TablePrinter</name>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="85"/>
        <source>State Representative</source>
        <translation>Reprezantan Eta a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="85"/>
        <source>State Senator</source>
        <translation>Senatè Eta a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="147"/>
        <source>There is no printer &quot;%1&quot; on this computer.</source>
        <translation>Pa gen okenn enprimant &quot;%1&quot; sou òdinatè sa a.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="151"/>
        <source>No printer is set up on this computer.</source>
        <translation>Pa gen okenn enprimant ki enstale sou òdinatè sa a.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="153"/>
        <source>The printer &quot;%1&quot; is not taking jobs right now.</source>
        <translation>Enprimant &quot;%1&quot; la pa pran travay kounye a.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="157"/>
        <source>The printer &quot;%1&quot; is paused or not ready.</source>
        <translation>Enprimant &quot;%1&quot; la an poz oswa li pa pare.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="161"/>
        <source>This computer&apos;s print system is not running.</source>
        <translation>Sistèm enpresyon òdinatè sa a pa mache.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="165"/>
        <source>The printer did not take the letters.</source>
        <translation>Enprimant lan pa pran lèt yo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="168"/>
        <source>The printer says: &quot;%1&quot;.</source>
        <translation>Enprimant lan di: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="169"/>
        <source>Printing your letters…</source>
        <translation>N ap enprime lèt ou yo…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="170"/>
        <source>Printed. Please sign your letters before you go.</source>
        <translation>Li enprime. Tanpri siyen lèt ou yo anvan ou ale.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="171"/>
        <source>The letters did not print: %1</source>
        <translation>Lèt yo pa t enprime: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="176"/>
        <source>Some characters could not be printed: %1</source>
        <translation>Gen kèk karaktè ki pa t ka enprime: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="181"/>
        <source>Print again</source>
        <translation>Enprime ankò</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="182"/>
        <source>Skip printing</source>
        <translation>Pa enprime</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="185"/>
        <source>Print a card with your legislators&apos; phone numbers</source>
        <translation>Enprime yon kat ak nimewo telefòn lejislatè ou yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="111"/>
        <source>Waiting for the letters: this screen stays open.</source>
        <translation>N ap tann lèt yo: ekran sa a ap rete louvri.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="116"/>
        <source>This screen closes in %1 seconds.</source>
        <translation>Ekran sa a ap fèmen nan %1 segonn.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="167"/>
        <source>Your letters are saved. A volunteer will print them for you to sign.</source>
        <translation>Lèt ou yo anrejistre. Yon volontè ap enprime yo pou ou siyen.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="207"/>
        <source>Your town is split between districts. A volunteer will confirm your district, then your letters and emails will go to the right legislators.</source>
        <translation>Vil ou a divize ant plizyè distri. Yon volontè ap konfime distri ou, epi apre sa lèt ak imel ou yo ap ale bay bon lejislatè yo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="213"/>
        <source>Your email to your legislators will be sent in your name as soon as we are online.</source>
        <translation>Imel ou pou lejislatè ou yo ap pati nan non ou depi nou gen entènèt.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="219"/>
        <source>One of your seats is vacant right now, so there is nothing to send there yet.</source>
        <translation>Kounye a, youn nan plas lejislatè ou yo vid, kidonk poko gen moun pou nou voye anyen bay.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="223"/>
        <source>We will keep you informed.</source>
        <translation>N ap kenbe ou okouran.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="227"/>
        <source>Next person</source>
        <translation>Pwochen moun</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="239"/>
        <source>Thank you!</source>
        <translation>Mèsi!</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="257"/>
        <source>Call your legislators:</source>
        <translation>Rele lejislatè ou yo:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="261"/>
        <source>What to say:</source>
        <translation>Sa pou w di:</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="55"/>
        <source>The member</source>
        <translation>Manm nan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="56"/>
        <source>A staffer</source>
        <translation>Yon anplwaye</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="57"/>
        <source>Nobody</source>
        <translation>Pèsonn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="60"/>
        <source>Supports</source>
        <translation>Sipòte</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="61"/>
        <source>Undecided</source>
        <translation>Poko deside</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="62"/>
        <source>Opposes</source>
        <translation>Kont</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="63"/>
        <source>Did not say</source>
        <translation>Pa t di</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="66"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="73"/>
        <source>Office</source>
        <translation>Biwo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="67"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="74"/>
        <source>Date</source>
        <translation>Dat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="68"/>
        <source>Met</source>
        <translation>Te rankontre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="69"/>
        <source>Position</source>
        <translation>Pozisyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="70"/>
        <source>Commitment</source>
        <translation>Angajman</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="75"/>
        <source>What to do</source>
        <translation>Sa pou fè</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="134"/>
        <source>Type part of the member&apos;s name</source>
        <translation>Tape yon moso non manm nan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="142"/>
        <source>The staffer&apos;s name</source>
        <translation>Non anplwaye a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="149"/>
        <source>In their words</source>
        <translation>Ak pwòp mo pa yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="150"/>
        <source>Follow-up needed</source>
        <translation>Bezwen swivi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="152"/>
        <source>What to do, and by whom</source>
        <translation>Sa pou fè, ak kiyès ki pou fè l</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="156"/>
        <source>Save visit</source>
        <translation>Anrejistre vizit la</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="180"/>
        <source>Office:</source>
        <translation>Biwo:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="181"/>
        <source>Date:</source>
        <translation>Dat:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="169"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="182"/>
        <source>Met:</source>
        <translation>Te rankontre:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="166"/>
        <source>Staffer:</source>
        <translation>Anplwaye:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="183"/>
        <source>Position:</source>
        <translation>Pozisyon:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="184"/>
        <source>Commitment:</source>
        <translation>Angajman:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="185"/>
        <source>Follow-up:</source>
        <translation>Swivi:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="167"/>
        <source>What to do:</source>
        <translation>Sa pou fè:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="168"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="186"/>
        <source>Notes:</source>
        <translation>Nòt:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="197"/>
        <source>Visits by office</source>
        <translation>Vizit pa biwo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="200"/>
        <source>Follow-up list</source>
        <translation>Lis swivi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="202"/>
        <source>By office</source>
        <translation>Pa biwo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="203"/>
        <source>Follow-up</source>
        <translation>Swivi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="204"/>
        <source>Export as CSV…</source>
        <translation>Ekspòte an CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="253"/>
        <source>Saved the visit to %1.</source>
        <translation>Vizit nan %1 anrejistre.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="261"/>
        <source>Choose the office visited from the list of members.</source>
        <translation>Chwazi biwo ou te vizite a nan lis manm yo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="262"/>
        <source>Write the staffer&apos;s name (or choose Nobody).</source>
        <translation>Ekri non anplwaye a (oswa chwazi Pèsonn).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="263"/>
        <source>The visit&apos;s date is in the future.</source>
        <translation>Dat vizit la nan lavni.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="266"/>
        <source>Keep each text under %1 characters.</source>
        <translation>Chak tèks dwe gen mwens pase %1 karaktè.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="280"/>
        <source>Something went wrong: %1</source>
        <translation>Gen yon bagay ki mal pase: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="308"/>
        <source>Staff: %1</source>
        <translation>Anplwaye: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="331"/>
        <source>Follow-up (%1)</source>
        <translation>Swivi (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="336"/>
        <source>Export visits as CSV</source>
        <translation>Ekspòte vizit yo an CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/visits_tab.py" line="347"/>
        <source>Wrote %n visit reports to %1.</source>
        <translation>
            <numerusform>%n rapò vizit ekri nan %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="63"/>
        <source>Delivery</source>
        <translation>Livrezon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="64"/>
        <source>Visits</source>
        <translation>Vizit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="65"/>
        <source>Report</source>
        <translation>Rapò</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="66"/>
        <source>Streets</source>
        <translation>Lari</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="67"/>
        <source>Holdings</source>
        <translation>Done ki kenbe</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="137"/>
        <source>Event counts</source>
        <translation>Chif evènman an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="142"/>
        <source>Emails to legislators include those waiting for a split town&apos;s district. The status bar counts every message ready to leave now, confirmations and Action Network records too.</source>
        <translation>Imèl pou lejislatè yo gen ladan yo sa k ap tann distri yon vil ki divize. Ba estati a konte tout mesaj ki pare pou pati kounye a, konfimasyon ak dosye Action Network yo tou.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="148"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="353"/>
        <source>Sign-ups</source>
        <translation>Enskripsyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="150"/>
        <source>Letters</source>
        <translation>Lèt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="153"/>
        <source>Outbox</source>
        <translation>Bwat sòti</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="156"/>
        <source>Duplicates</source>
        <translation>Doub</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="161"/>
        <source>Back to sign-in</source>
        <translation>Retounen nan enskripsyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="197"/>
        <source>Organizer passphrase</source>
        <translation>Fraz sekrè òganizatè a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="199"/>
        <source>Unlock</source>
        <translation>Louvri</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="205"/>
        <source>Sign-ups are locked. Type the organizer passphrase to see them.</source>
        <translation>Enskripsyon yo fèmen. Tape fraz sekrè òganizatè a pou w wè yo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="223"/>
        <source>Unlocking…</source>
        <translation>N ap louvri…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="236"/>
        <source>Unlocking: re-sealing earlier sign-ups, %1 of %2…</source>
        <translation>N ap louvri: n ap sele ansyen enskripsyon yo ankò, %1 sou %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="275"/>
        <source>Looking up the pending sign-ups&apos; street addresses…</source>
        <translation>N ap chèche adrès enskripsyon k ap tann yo…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="292"/>
        <source>Could not unlock: %1</source>
        <translation>Pa t ka louvri: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="312"/>
        <source>Locked after a while without use. Type the passphrase again.</source>
        <translation>Fèmen apre yon ti tan san moun pa sèvi avè l. Tape fraz sekrè a ankò.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="339"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="340"/>
        <source>Search sign-ups</source>
        <translation>Chèche enskripsyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="345"/>
        <source>Pending only</source>
        <translation>Sèlman sa k ap tann</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="346"/>
        <source>Show only sign-ups whose districts are still open</source>
        <translation>Montre sèlman enskripsyon ki poko gen distri</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="365"/>
        <source>Correct…</source>
        <translation>Korije…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="366"/>
        <source>Choose ward and precinct…</source>
        <translation>Chwazi wòd ak presen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="367"/>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="368"/>
        <source>Look up pending addresses</source>
        <translation>Chèche adrès k ap tann yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="369"/>
        <source>Import paper sheets…</source>
        <translation>Enpòte fèy papye…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="370"/>
        <source>Export…</source>
        <translation>Ekspòte…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="371"/>
        <source>Sending settings…</source>
        <translation>Paramèt pou voye…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="372"/>
        <source>Kiosk settings…</source>
        <translation>Paramèt kyòs la…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="373"/>
        <source>Lock</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="374"/>
        <source>Change passphrase…</source>
        <translation>Chanje fraz sekrè…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="425"/>
        <source>Sign-ups: %1    Pending: %2    Letters: %3    Emails to legislators not yet sent: %4</source>
        <translation>Enskripsyon: %1    K ap tann: %2    Lèt: %3    Imèl pou lejislatè ki poko pati: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="434"/>
        <source>Letters without a street address: %1</source>
        <translation>Lèt san adrès: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="442"/>
        <source>Choose a sign-up in the table first.</source>
        <translation>Chwazi yon enskripsyon nan tablo a anvan.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="460"/>
        <source>Saved.</source>
        <translation>Anrejistre.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="469"/>
        <source>This sign-up&apos;s districts are already decided.</source>
        <translation>Distri enskripsyon sa a deja deside.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="481"/>
        <source>Resolved: its letters and emails can go now.</source>
        <translation>Rezoud: lèt ak imèl li yo ka pati kounye a.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="483"/>
        <source>Still not decided.</source>
        <translation>Poko deside.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="500"/>
        <source>Delete sign-up</source>
        <translation>Efase enskripsyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="501"/>
        <source>Delete the sign-up of %1? Its letters and emails are dropped too.</source>
        <translation>Efase enskripsyon %1? Lèt ak imèl li yo ap efase tou.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="508"/>
        <source>Deleted.</source>
        <translation>Efase.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="523"/>
        <source>The organizer passphrase is changed.</source>
        <translation>Fraz sekrè òganizatè a chanje.</translation>
    </message>
</context>
</TS>
