<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="69"/>
        <source>Update legislators…</source>
        <translation>Actualizar legisladores…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="71"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="76"/>
        <source>Also download the district maps (they change once a decade)</source>
        <translation>Descargar también los mapas de distritos (cambian una vez por década)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="83"/>
        <source>What the update changed</source>
        <translation>Lo que cambió la actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="99"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="99"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="100"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="103"/>
        <source>Legislators as of %1 (%2)</source>
        <translation>Legisladores al %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="108"/>
        <source>This list is more than %1 days old: some members may have changed. Update it while the laptop is online.</source>
        <translation>Esta lista tiene más de %1 días: algunos miembros pueden haber cambiado. Actualícela cuando la computadora tenga internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="126"/>
        <source>Starting the update…</source>
        <translation>Iniciando la actualización…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="156"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="170"/>
        <source>Updating the waiting letters and emails…</source>
        <translation>Actualizando las cartas y los correos pendientes…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="183"/>
        <source>The waiting letters and emails could not be re-targeted (%1); update again to retry.</source>
        <translation>No se pudieron redirigir las cartas y los correos pendientes (%1); actualice de nuevo para reintentar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="194"/>
        <source>The legislators are up to date.</source>
        <translation>Los legisladores están al día.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="207"/>
        <source>Cancelled: the legislators&apos; data was not changed.</source>
        <translation>Cancelado: los datos de los legisladores no cambiaron.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="215"/>
        <source>The update stopped (%1); the legislators&apos; data was not changed.</source>
        <translation>La actualización se detuvo (%1); los datos de los legisladores no cambiaron.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="40"/>
        <source>Correct a sign-up</source>
        <translation>Corregir un registro</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../desktop/signin/fields.py" line="55"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="57"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="59"/>
        <source>Street address</source>
        <translation>Dirección (número y calle)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="62"/>
        <source>Town, neighbourhood or ZIP code</source>
        <translation>Ciudad, barrio o código postal (ZIP)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="65"/>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="67"/>
        <source>Email (optional)</source>
        <translation>Correo electrónico (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="69"/>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="73"/>
        <source>A note for the letter</source>
        <translation>Una nota para la carta</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="135"/>
        <source>Ward and precinct</source>
        <translation>Ward y precinto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="136"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="145"/>
        <source>Email my legislators in my name</source>
        <translation>Enviar un correo a mis legisladores a mi nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="146"/>
        <source>Print a letter for me to sign</source>
        <translation>Imprimir una carta para que yo la firme</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="147"/>
        <source>Email me updates</source>
        <translation>Envíenme novedades por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="148"/>
        <source>Text me updates</source>
        <translation>Envíenme novedades por mensaje de texto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="153"/>
        <location filename="../../desktop/gui/pages/signin_form.py" line="159"/>
        <source>Choose ward and precinct</source>
        <translation>Elija su ward y precinto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="163"/>
        <source>Precinct %1</source>
        <translation>Precinto %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="165"/>
        <source>Ward %1, precinct %2</source>
        <translation>Ward %1, precinto %2</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message>
        <location filename="../../desktop/gui/widgets/idle.py" line="88"/>
        <source>Still there? This form clears in %1 seconds. Touch any key to keep it.</source>
        <translation>¿Sigue ahí? Este formulario se borrará en %1 segundos. Toque cualquier tecla para conservarlo.</translation>
    </message>
</context>
<context>
    <name>LegislatorsCard</name>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="47"/>
        <source>not decided yet</source>
        <translation>todavía no se sabe</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="49"/>
        <source>vacant: this seat has no member now</source>
        <translation>vacante: ahora nadie ocupa este puesto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="52"/>
        <source>Democratic</source>
        <translation>Demócrata</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="53"/>
        <source>Republican</source>
        <translation>Republicano</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="54"/>
        <source>Independent</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="55"/>
        <source>Unenrolled</source>
        <translation>Sin partido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="60"/>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="62"/>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="64"/>
        <source>State House, room %1</source>
        <translation>State House, oficina %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="69"/>
        <source>Your legislators</source>
        <translation>Sus legisladores</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="71"/>
        <source>Type your town, neighbourhood or ZIP code to see them.</source>
        <translation>Escriba su ciudad, barrio o código postal para verlos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="77"/>
        <source>State Representative</source>
        <translation>Representante estatal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="79"/>
        <source>State Senator</source>
        <translation>Senador(a) estatal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="83"/>
        <source>This name covers several towns (%1). Please type your town.</source>
        <translation>Este nombre corresponde a varias ciudades (%1). Por favor, escriba su ciudad.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="90"/>
        <source>%1 is split between districts. Choose your ward and precinct below, or tell the volunteer your street address.</source>
        <translation>%1 pertenece a varios distritos. Elija abajo su ward y precinto, o dígale su dirección a un voluntario.</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <location filename="../../desktop/gui/widgets/note_box.py" line="50"/>
        <source>%1 characters left</source>
        <translation>Quedan %1 caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/note_box.py" line="58"/>
        <source>A few words of your own for your letter (optional)</source>
        <translation>Unas palabras suyas para su carta (opcional)</translation>
    </message>
</context>
<context>
    <name>ProblemMessages</name>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="17"/>
        <source>Please fill this in.</source>
        <translation>Por favor, llene este espacio.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="18"/>
        <source>This is too long.</source>
        <translation>Esto es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="19"/>
        <source>This email address does not look right.</source>
        <translation>Este correo electrónico no parece correcto.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="21"/>
        <source>Our mail cannot be sent to an address with accented or non-Latin letters before the @. Please use another address, or leave it empty.</source>
        <translation>Nuestro correo no puede enviarse a una dirección con letras acentuadas o no latinas antes de la @. Use otra dirección o déjela en blanco.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="23"/>
        <source>This phone number does not look right.</source>
        <translation>Este número de teléfono no parece correcto.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="24"/>
        <source>We do not know this town, neighbourhood or ZIP code.</source>
        <translation>No reconocemos esta ciudad, barrio o código postal.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="25"/>
        <source>This place is not in Massachusetts.</source>
        <translation>Este lugar no está en Massachusetts.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="27"/>
        <source>Please add your email, so your legislators can write back to you.</source>
        <translation>Por favor, agregue su correo electrónico para que sus legisladores puedan responderle.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="30"/>
        <source>Please add your email, so we can send you updates.</source>
        <translation>Escriba su correo electrónico para que podamos enviarle novedades.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="33"/>
        <source>Please add your phone number, so we can text you updates.</source>
        <translation>Escriba su número de teléfono para que podamos enviarle novedades por mensaje de texto.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="35"/>
        <source>This ward and precinct are not in that town.</source>
        <translation>Ese ward y precinto no están en esa ciudad.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="39"/>
        <source>Did you mean: %1?</source>
        <translation>¿Quiso decir: %1?</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="113"/>
        <source>Reading aloud is not available on this computer.</source>
        <translation>La lectura en voz alta no está disponible en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="116"/>
        <source>This computer has no voice for %1: nothing was read.</source>
        <translation>Esta computadora no tiene voz en %1: no se leyó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="130"/>
        <source>This computer has no voice for %1: reading in %2.</source>
        <translation>Esta computadora no tiene voz en %1: se lee en %2.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="77"/>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="81"/>
        <source>Choose ward and precinct</source>
        <translation>Elegir ward y precinto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="79"/>
        <source>Ward and precinct in %1</source>
        <translation>Ward y precinto en %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="94"/>
        <source>Where in %1 does this person live?</source>
        <translation>¿En qué parte de %1 vive esta persona?</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="54"/>
        <source>Set up the tabling app</source>
        <translation>Configurar la aplicación de la mesa informativa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="54"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="62"/>
        <source>Organizer passphrase</source>
        <translation>Frase de contraseña del organizador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="66"/>
        <source>Sign-ups are locked with this passphrase. Without it nobody, not even you, can read them. Use a few unrelated words, and keep it safe.</source>
        <translation>Los registros quedan protegidos con esta frase de contraseña. Sin ella nadie, ni siquiera usted, puede leerlos. Use varias palabras sin relación entre sí y guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="72"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="73"/>
        <source>The same again</source>
        <translation>Repítala</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="80"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="90"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="91"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="92"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="93"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="100"/>
        <source>Actions offered</source>
        <translation>Acciones ofrecidas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="102"/>
        <source>Printed letter</source>
        <translation>Carta impresa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="103"/>
        <source>Email in the signer&apos;s name</source>
        <translation>Correo a nombre de la persona firmante</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="104"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="109"/>
        <source>Languages offered</source>
        <translation>Idiomas ofrecidos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="117"/>
        <source>Start signing people in</source>
        <translation>Empezar a registrar personas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="157"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="162"/>
        <source>Setting up…</source>
        <translation>Configurando…</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="43"/>
        <source>Import paper sign-in sheets</source>
        <translation>Importar hojas de registro en papel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="43"/>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="50"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="50"/>
        <source>Export the sign-ups</source>
        <translation>Exportar los registros</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="59"/>
        <source>Unlock the view to export.</source>
        <translation>Desbloquee la vista para exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="68"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="74"/>
        <source>Wrote %1 sign-ups to %2. It holds names and addresses: keep it safe, and delete it when it has served.</source>
        <translation>Se escribieron %1 registros en %2. Contiene nombres y direcciones: guárdelo con cuidado y bórrelo cuando ya no sirva.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="79"/>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="91"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="96"/>
        <source>Could not import: %1</source>
        <translation>No se pudo importar: %1</translation>
    </message>
</context>
<context>
    <name>SigninPage</name>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="222"/>
        <source>Type your name and town, then press Sign in.</source>
        <translation>Escriba su nombre y su ciudad, y luego presione Registrarme.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="238"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="255"/>
        <source>This could not be saved. Nothing you typed is lost: please try again, or ask the volunteer.</source>
        <translation>No se pudo guardar. No se perdió nada de lo que escribió: por favor, inténtelo de nuevo o pida ayuda a un voluntario.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="296"/>
        <source>Sign in to ask your legislators for the Safe Communities Act</source>
        <translation>Regístrese para pedir a sus legisladores que apoyen la Ley de Comunidades Seguras</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="298"/>
        <location filename="../../desktop/gui/pages/signin.py" line="304"/>
        <source>Sign in</source>
        <translation>Registrarme</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="299"/>
        <source>Read aloud (F2)</source>
        <translation>Leer en voz alta (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="300"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="302"/>
        <source>Reads this screen aloud in the language chosen above</source>
        <translation>Lee esta pantalla en voz alta en el idioma elegido arriba</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="100"/>
        <source>Unlock the volunteer view to send.</source>
        <translation>Desbloquee la vista de voluntarios para enviar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="151"/>
        <source>Sync stopped: %1</source>
        <translation>El envío se detuvo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="155"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="156"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="157"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="160"/>
        <source>%1 · %2 to send</source>
        <translation>%1 · %2 por enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="162"/>
        <source>Sync now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="164"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="164"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
<context>
    <name>TablePrinter</name>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="83"/>
        <source>State Representative</source>
        <translation>Representante estatal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="83"/>
        <source>State Senator</source>
        <translation>Senador(a) estatal</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="169"/>
        <source>Printing your letters…</source>
        <translation>Imprimiendo sus cartas…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="170"/>
        <source>Printed. Please sign your letters before you go.</source>
        <translation>Impreso. Por favor, firme sus cartas antes de irse.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="171"/>
        <source>The letters did not print: %1</source>
        <translation>Las cartas no se imprimieron: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="176"/>
        <source>Some characters could not be printed: %1</source>
        <translation>Algunos caracteres no se pudieron imprimir: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="181"/>
        <source>Print again</source>
        <translation>Imprimir de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="182"/>
        <source>Skip printing</source>
        <translation>No imprimir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="185"/>
        <source>Print a card with your legislators&apos; phone numbers</source>
        <translation>Imprimir una tarjeta con los teléfonos de sus legisladores</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="111"/>
        <source>Waiting for the letters: this screen stays open.</source>
        <translation>Esperando las cartas: esta pantalla sigue abierta.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="116"/>
        <source>This screen closes in %1 seconds.</source>
        <translation>Esta pantalla se cierra en %1 segundos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="167"/>
        <source>Your letters are saved. A volunteer will print them for you to sign.</source>
        <translation>Sus cartas están guardadas. Un voluntario las imprimirá para que usted las firme.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="207"/>
        <source>Your town is split between districts. A volunteer will confirm your district, then your letters and emails will go to the right legislators.</source>
        <translation>Su ciudad pertenece a varios distritos. Un voluntario confirmará su distrito y después sus cartas y correos irán a los legisladores correctos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="213"/>
        <source>Your email to your legislators will be sent in your name as soon as we are online.</source>
        <translation>Su correo a sus legisladores se enviará a su nombre en cuanto tengamos internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="219"/>
        <source>One of your seats is vacant right now, so there is nothing to send there yet.</source>
        <translation>Ahora mismo uno de sus puestos legislativos está vacante, así que todavía no hay a quién enviarle nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="223"/>
        <source>We will keep you informed.</source>
        <translation>Le enviaremos noticias.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="227"/>
        <source>Next person</source>
        <translation>Siguiente persona</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="239"/>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="257"/>
        <source>Call your legislators:</source>
        <translation>Llame a sus legisladores:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="261"/>
        <source>What to say:</source>
        <translation>Qué decir:</translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="112"/>
        <source>Event counts</source>
        <translation>Cifras del evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="117"/>
        <source>Emails to legislators include those waiting for a split town&apos;s district. The status bar counts every message ready to leave now, confirmations and Action Network records too.</source>
        <translation>Los correos a legisladores incluyen los que esperan el distrito de una ciudad dividida. La barra de estado cuenta todos los mensajes listos para salir ahora, también las confirmaciones y los registros de Action Network.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="123"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="328"/>
        <source>Sign-ups</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="125"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="128"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="131"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="136"/>
        <source>Back to sign-in</source>
        <translation>Volver al registro</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="172"/>
        <source>Organizer passphrase</source>
        <translation>Frase de contraseña del organizador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="174"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="180"/>
        <source>Sign-ups are locked. Type the organizer passphrase to see them.</source>
        <translation>Los registros están bloqueados. Escriba la frase de contraseña del organizador para verlos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="198"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="211"/>
        <source>Unlocking: re-sealing earlier sign-ups, %1 of %2…</source>
        <translation>Desbloqueando: volviendo a sellar registros anteriores, %1 de %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="250"/>
        <source>Looking up the pending sign-ups&apos; street addresses…</source>
        <translation>Buscando las direcciones de los registros pendientes…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="267"/>
        <source>Could not unlock: %1</source>
        <translation>No se pudo desbloquear: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="287"/>
        <source>Locked after a while without use. Type the passphrase again.</source>
        <translation>Bloqueado tras un rato sin uso. Escriba de nuevo la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="314"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="315"/>
        <source>Search sign-ups</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="320"/>
        <source>Pending only</source>
        <translation>Solo pendientes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="321"/>
        <source>Show only sign-ups whose districts are still open</source>
        <translation>Mostrar solo los registros cuyos distritos siguen sin decidir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="342"/>
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="343"/>
        <source>Choose ward and precinct…</source>
        <translation>Elegir distrito electoral y precinto…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="344"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="345"/>
        <source>Look up pending addresses</source>
        <translation>Buscar direcciones pendientes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="346"/>
        <source>Import paper sheets…</source>
        <translation>Importar hojas en papel…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="347"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="348"/>
        <source>Sending settings…</source>
        <translation>Configuración de envío…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="349"/>
        <source>Kiosk settings…</source>
        <translation>Configuración del quiosco…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="350"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="398"/>
        <source>Sign-ups: %1    Pending: %2    Letters: %3    Emails to legislators not yet sent: %4</source>
        <translation>Registros: %1    Pendientes: %2    Cartas: %3    Correos a legisladores sin enviar: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="407"/>
        <source>Letters without a street address: %1</source>
        <translation>Cartas sin dirección: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="415"/>
        <source>Choose a sign-up in the table first.</source>
        <translation>Primero elija un registro en la tabla.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="433"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="442"/>
        <source>This sign-up&apos;s districts are already decided.</source>
        <translation>Los distritos de este registro ya están decididos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="454"/>
        <source>Resolved: its letters and emails can go now.</source>
        <translation>Resuelto: sus cartas y correos ya pueden salir.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="456"/>
        <source>Still not decided.</source>
        <translation>Todavía sin decidir.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="473"/>
        <source>Delete sign-up</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="474"/>
        <source>Delete the sign-up of %1? Its letters and emails are dropped too.</source>
        <translation>¿Eliminar el registro de %1? También se descartan sus cartas y correos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="481"/>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
</context>
</TS>
