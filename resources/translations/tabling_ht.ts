<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht_HT">
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
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="76"/>
        <source>Also download the district maps (they change once a decade)</source>
        <translation>Telechaje kat distri yo tou (yo chanje yon fwa chak dis an)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="83"/>
        <source>What the update changed</source>
        <translation>Sa mizajou a chanje</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="99"/>
        <source>today</source>
        <translation>jodi a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="99"/>
        <source>yesterday</source>
        <translation>yè</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="100"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>sa gen %n jou</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="103"/>
        <source>Legislators as of %1 (%2)</source>
        <translation>Lejislatè yo jan yo te ye %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="108"/>
        <source>This list is more than %1 days old: some members may have changed. Update it while the laptop is online.</source>
        <translation>Lis sa a gen plis pase %1 jou: kèk manm ka chanje. Mete l ajou lè òdinatè a gen entènèt.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="126"/>
        <source>Starting the update…</source>
        <translation>Mizajou a ap kòmanse…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="156"/>
        <source>Cancelling…</source>
        <translation>N ap anile…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="170"/>
        <source>Updating the waiting letters and emails…</source>
        <translation>N ap mete lèt ak imèl k ap tann yo ajou…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="183"/>
        <source>The waiting letters and emails could not be re-targeted (%1); update again to retry.</source>
        <translation>Nou pa t ka voye lèt ak imèl k ap tann yo bay bon moun nan (%1); mete ajou ankò pou eseye ankò.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="194"/>
        <source>The legislators are up to date.</source>
        <translation>Lis lejislatè yo ajou.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="207"/>
        <source>Cancelled: the legislators&apos; data was not changed.</source>
        <translation>Anile: done lejislatè yo pa chanje.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="215"/>
        <source>The update stopped (%1); the legislators&apos; data was not changed.</source>
        <translation>Mizajou a rete (%1); done lejislatè yo pa chanje.</translation>
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
        <translation>Ward ak precinct</translation>
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
        <translation>Chwazi ward ak precinct ou</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="163"/>
        <source>Precinct %1</source>
        <translation>Precinct %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="165"/>
        <source>Ward %1, precinct %2</source>
        <translation>Ward %1, precinct %2</translation>
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
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="47"/>
        <source>not decided yet</source>
        <translation>poko konnen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="49"/>
        <source>vacant: this seat has no member now</source>
        <translation>vid: pèsonn pa okipe plas sa a kounye a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="52"/>
        <source>Democratic</source>
        <translation>Demokrat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="53"/>
        <source>Republican</source>
        <translation>Repibliken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="54"/>
        <source>Independent</source>
        <translation>Endepandan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="55"/>
        <source>Unenrolled</source>
        <translation>San pati</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="60"/>
        <source>Phone: %1</source>
        <translation>Telefòn: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="62"/>
        <source>Email: %1</source>
        <translation>Imel: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="64"/>
        <source>State House, room %1</source>
        <translation>State House, biwo %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="69"/>
        <source>Your legislators</source>
        <translation>Lejislatè ou yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="71"/>
        <source>Type your town, neighbourhood or ZIP code to see them.</source>
        <translation>Tape vil ou, katye ou oswa kòd postal ou pou w wè yo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="77"/>
        <source>State Representative</source>
        <translation>Reprezantan Eta a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="79"/>
        <source>State Senator</source>
        <translation>Senatè Eta a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="83"/>
        <source>This name covers several towns (%1). Please type your town.</source>
        <translation>Non sa a se non plizyè vil (%1). Tanpri tape vil ou.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="90"/>
        <source>%1 is split between districts. Choose your ward and precinct below, or tell the volunteer your street address.</source>
        <translation>%1 divize ant plizyè distri. Chwazi ward ak precinct ou anba a, oswa di yon volontè adrès ou.</translation>
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
        <translation>Ward ak precinct sa yo pa nan vil sa a.</translation>
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
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="77"/>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="81"/>
        <source>Choose ward and precinct</source>
        <translation>Chwazi ward ak precinct</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="79"/>
        <source>Ward and precinct in %1</source>
        <translation>Ward ak precinct nan %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="94"/>
        <source>Where in %1 does this person live?</source>
        <translation>Ki kote nan %1 moun sa a rete?</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="54"/>
        <source>Set up the tabling app</source>
        <translation>Konfigire aplikasyon tab enfòmasyon an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="54"/>
        <source>New event</source>
        <translation>Nouvo evènman</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="62"/>
        <source>Organizer passphrase</source>
        <translation>Fraz sekrè òganizatè a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="66"/>
        <source>Sign-ups are locked with this passphrase. Without it nobody, not even you, can read them. Use a few unrelated words, and keep it safe.</source>
        <translation>Enskripsyon yo fèmen ak fraz sekrè sa a. San li, pèsonn, menm ou menm, pa ka li yo. Sèvi ak kèk mo ki pa gen rapò youn ak lòt, epi kenbe l an sekirite.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="72"/>
        <source>Passphrase</source>
        <translation>Fraz sekrè</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="73"/>
        <source>The same again</source>
        <translation>Tape l ankò</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="80"/>
        <source>Event</source>
        <translation>Evènman</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="90"/>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="91"/>
        <source>Date</source>
        <translation>Dat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="92"/>
        <source>Place</source>
        <translation>Kote</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="93"/>
        <source>Campaign</source>
        <translation>Kanpay</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="100"/>
        <source>Actions offered</source>
        <translation>Aksyon ki disponib</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="102"/>
        <source>Printed letter</source>
        <translation>Lèt enprime</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="103"/>
        <source>Email in the signer&apos;s name</source>
        <translation>Imel nan non moun k ap siyen an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="104"/>
        <source>Call</source>
        <translation>Apèl</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="109"/>
        <source>Languages offered</source>
        <translation>Lang ki disponib</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="117"/>
        <source>Start signing people in</source>
        <translation>Kòmanse enskri moun</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="157"/>
        <source>The two passphrases differ.</source>
        <translation>De fraz sekrè yo pa menm.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="162"/>
        <source>Setting up…</source>
        <translation>N ap konfigire…</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="43"/>
        <source>Import paper sign-in sheets</source>
        <translation>Enpòte fèy enskripsyon papye</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="43"/>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="50"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichye CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="50"/>
        <source>Export the sign-ups</source>
        <translation>Ekspòte enskripsyon yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="59"/>
        <source>Unlock the view to export.</source>
        <translation>Louvri paj la pou ekspòte.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="68"/>
        <source>Exporting…</source>
        <translation>N ap ekspòte…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="74"/>
        <source>Wrote %1 sign-ups to %2. It holds names and addresses: keep it safe, and delete it when it has served.</source>
        <translation>%1 enskripsyon ekri nan %2. Li gen non ak adrès: kenbe l an sekirite, epi efase l lè ou fin sèvi avè l.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="79"/>
        <source>Could not export: %1</source>
        <translation>Pa t ka ekspòte: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="91"/>
        <source>Importing…</source>
        <translation>N ap enpòte…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="96"/>
        <source>Could not import: %1</source>
        <translation>Pa t ka enpòte: %1</translation>
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
        <location filename="../../desktop/gui/table_printing.py" line="83"/>
        <source>State Representative</source>
        <translation>Reprezantan Eta a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="83"/>
        <source>State Senator</source>
        <translation>Senatè Eta a</translation>
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
    <name>VolunteerPage</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="112"/>
        <source>Event counts</source>
        <translation>Chif evènman an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="117"/>
        <source>Emails to legislators include those waiting for a split town&apos;s district. The status bar counts every message ready to leave now, confirmations and Action Network records too.</source>
        <translation>Imèl pou lejislatè yo gen ladan yo sa k ap tann distri yon vil ki divize. Ba estati a konte tout mesaj ki pare pou pati kounye a, konfimasyon ak dosye Action Network yo tou.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="123"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="328"/>
        <source>Sign-ups</source>
        <translation>Enskripsyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="125"/>
        <source>Letters</source>
        <translation>Lèt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="128"/>
        <source>Outbox</source>
        <translation>Bwat sòti</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="131"/>
        <source>Duplicates</source>
        <translation>Doub</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="136"/>
        <source>Back to sign-in</source>
        <translation>Retounen nan enskripsyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="172"/>
        <source>Organizer passphrase</source>
        <translation>Fraz sekrè òganizatè a</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="174"/>
        <source>Unlock</source>
        <translation>Louvri</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="180"/>
        <source>Sign-ups are locked. Type the organizer passphrase to see them.</source>
        <translation>Enskripsyon yo fèmen. Tape fraz sekrè òganizatè a pou w wè yo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="198"/>
        <source>Unlocking…</source>
        <translation>N ap louvri…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="211"/>
        <source>Unlocking: re-sealing earlier sign-ups, %1 of %2…</source>
        <translation>N ap louvri: n ap sele ansyen enskripsyon yo ankò, %1 sou %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="250"/>
        <source>Looking up the pending sign-ups&apos; street addresses…</source>
        <translation>N ap chèche adrès enskripsyon k ap tann yo…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="267"/>
        <source>Could not unlock: %1</source>
        <translation>Pa t ka louvri: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="287"/>
        <source>Locked after a while without use. Type the passphrase again.</source>
        <translation>Fèmen apre yon ti tan san moun pa sèvi avè l. Tape fraz sekrè a ankò.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="314"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="315"/>
        <source>Search sign-ups</source>
        <translation>Chèche enskripsyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="320"/>
        <source>Pending only</source>
        <translation>Sèlman sa k ap tann</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="321"/>
        <source>Show only sign-ups whose districts are still open</source>
        <translation>Montre sèlman enskripsyon ki poko gen distri</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="342"/>
        <source>Correct…</source>
        <translation>Korije…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="343"/>
        <source>Choose ward and precinct…</source>
        <translation>Chwazi ward ak precinct…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="344"/>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="345"/>
        <source>Look up pending addresses</source>
        <translation>Chèche adrès k ap tann yo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="346"/>
        <source>Import paper sheets…</source>
        <translation>Enpòte fèy papye…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="347"/>
        <source>Export…</source>
        <translation>Ekspòte…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="348"/>
        <source>Sending settings…</source>
        <translation>Paramèt pou voye…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="349"/>
        <source>Kiosk settings…</source>
        <translation>Paramèt kyòs la…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="350"/>
        <source>Lock</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="398"/>
        <source>Sign-ups: %1    Pending: %2    Letters: %3    Emails to legislators not yet sent: %4</source>
        <translation>Enskripsyon: %1    K ap tann: %2    Lèt: %3    Imèl pou lejislatè ki poko pati: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="407"/>
        <source>Letters without a street address: %1</source>
        <translation>Lèt san adrès: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="415"/>
        <source>Choose a sign-up in the table first.</source>
        <translation>Chwazi yon enskripsyon nan tablo a anvan.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="433"/>
        <source>Saved.</source>
        <translation>Anrejistre.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="442"/>
        <source>This sign-up&apos;s districts are already decided.</source>
        <translation>Distri enskripsyon sa a deja deside.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="454"/>
        <source>Resolved: its letters and emails can go now.</source>
        <translation>Rezoud: lèt ak imèl li yo ka pati kounye a.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="456"/>
        <source>Still not decided.</source>
        <translation>Poko deside.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="473"/>
        <source>Delete sign-up</source>
        <translation>Efase enskripsyon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="474"/>
        <source>Delete the sign-up of %1? Its letters and emails are dropped too.</source>
        <translation>Efase enskripsyon %1? Lèt ak imèl li yo ap efase tou.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="481"/>
        <source>Deleted.</source>
        <translation>Efase.</translation>
    </message>
</context>
</TS>
