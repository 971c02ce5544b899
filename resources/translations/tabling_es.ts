<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="43"/>
        <source>Change the organizer passphrase</source>
        <translation>Cambiar la frase de contraseña del organizador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="47"/>
        <source>Sign-ups stay locked as they are; from now on they open with the new passphrase only. Tell the new one to whoever needs it, and keep it safe.</source>
        <translation>Los registros siguen protegidos como están; desde ahora solo se abren con la nueva frase de contraseña. Dígasela a quien la necesite y guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="51"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="52"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="53"/>
        <source>The new one again</source>
        <translation>La nueva otra vez</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="68"/>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="99"/>
        <source>Type the current passphrase.</source>
        <translation>Escriba la frase de contraseña actual.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="107"/>
        <source>The two new passphrases differ.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="111"/>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="126"/>
        <source>This is not the current passphrase. Nothing was changed.</source>
        <translation>Esta no es la frase de contraseña actual. No se cambió nada.</translation>
    </message>
</context>
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
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="77"/>
        <source>With the district maps</source>
        <translation>Con los mapas de distritos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="78"/>
        <source>Also download the district maps (they change once a decade)</source>
        <translation>Descargar también los mapas de distritos (cambian una vez por década)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="84"/>
        <source>What the update changed</source>
        <translation>Lo que cambió la actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="102"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="102"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="103"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="106"/>
        <source>Legislators as of %1 (%2)</source>
        <translation>Legisladores al %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="111"/>
        <source>This list is more than %1 days old: some members may have changed. Update it while the laptop is online.</source>
        <translation>Esta lista tiene más de %1 días: algunos miembros pueden haber cambiado. Actualícela cuando la computadora tenga internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="129"/>
        <source>Starting the update…</source>
        <translation>Iniciando la actualización…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="159"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="173"/>
        <source>Updating the waiting letters and emails…</source>
        <translation>Actualizando las cartas y los correos pendientes…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="186"/>
        <source>The waiting letters and emails could not be re-targeted (%1); update again to retry.</source>
        <translation>No se pudieron redirigir las cartas y los correos pendientes (%1); actualice de nuevo para reintentar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="197"/>
        <source>The legislators are up to date.</source>
        <translation>Los legisladores están al día.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="210"/>
        <source>Cancelled: the legislators&apos; data was not changed.</source>
        <translation>Cancelado: los datos de los legisladores no cambiaron.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="218"/>
        <source>The update stopped (%1); the legislators&apos; data was not changed.</source>
        <translation>La actualización se detuvo (%1); los datos de los legisladores no cambiaron.</translation>
    </message>
</context>
<context>
    <name>DeliveryTab</name>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="39"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="40"/>
        <source>Member</source>
        <translation>Legislador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="41"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="42"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="43"/>
        <source>Stack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="44"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="69"/>
        <source>Stack code</source>
        <translation>Código del paquete</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="70"/>
        <source>Scan or type a cover sheet&apos;s code</source>
        <translation>Escanee o escriba el código de una portada</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="77"/>
        <source>Your initials (optional)</source>
        <translation>Sus iniciales (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="82"/>
        <source>Undo last scan</source>
        <translation>Deshacer el último escaneo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="86"/>
        <source>Show delivered stacks too</source>
        <translation>Mostrar también los paquetes entregados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="94"/>
        <source>Stacks to deliver</source>
        <translation>Paquetes por entregar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="99"/>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="105"/>
        <source>Your initials (optional):</source>
        <translation>Sus iniciales (opcional):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="118"/>
        <source>As each stack is left at its office, scan the code on its cover sheet (or type it and press Enter).</source>
        <translation>Al dejar cada paquete en su oficina, escanee el código de su portada (o escríbalo y pulse Intro).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="149"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="165"/>
        <source>No stacks yet: print the letters by office in the Letters tab.</source>
        <translation>Todavía no hay paquetes: imprima las cartas por oficina en la pestaña Cartas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="169"/>
        <source>%1 of %2 stacks still to deliver (%n letters).</source>
        <translation>
            <numerusform>Quedan %1 de %2 paquetes por entregar (%n carta).</numerusform>
            <numerusform>Quedan %1 de %2 paquetes por entregar (%n cartas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="200"/>
        <source>Delivered: %1, room %2, %n letters.</source>
        <translation>
            <numerusform>Entregado: %1, sala %2, %n carta.</numerusform>
            <numerusform>Entregado: %1, sala %2, %n cartas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="206"/>
        <source>Already delivered: %1, at %2 by %3.</source>
        <translation>Ya entregado: %1, a las %2 por %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="214"/>
        <source>%1 is a letter&apos;s code: scan the cover sheet on top of the stack (its code begins with S-).</source>
        <translation>%1 es el código de una carta: escanee la portada encima del paquete (su código empieza por S-).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="220"/>
        <source>No stack %1 is known here: it was never marked printed, or was printed on a laptop not synced with this one.</source>
        <translation>Aquí no se conoce ningún paquete %1: nunca se marcó como impreso, o se imprimió en una computadora no sincronizada con esta.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="225"/>
        <source>%1 is not a stack&apos;s code (they look like S-K7QX-M2PA).</source>
        <translation>%1 no es el código de un paquete (son así: S-K7QX-M2PA).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="246"/>
        <source>Undone: %1 is still to deliver.</source>
        <translation>Deshecho: %1 sigue por entregar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="257"/>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="41"/>
        <source>the same name, nothing else to compare</source>
        <translation>el mismo nombre, nada más que comparar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="42"/>
        <source>the same email address, another name</source>
        <translation>el mismo correo, otro nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="43"/>
        <source>the same phone number, another name</source>
        <translation>el mismo teléfono, otro nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="44"/>
        <source>very similar names at the same address</source>
        <translation>nombres muy parecidos en la misma dirección</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="45"/>
        <source>the same name and email</source>
        <translation>el mismo nombre y correo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="46"/>
        <source>the same name and phone</source>
        <translation>el mismo nombre y teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="47"/>
        <source>the same name and address</source>
        <translation>el mismo nombre y dirección</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="48"/>
        <source>merged by a volunteer</source>
        <translation>unido por un voluntario</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="51"/>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="52"/>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="53"/>
        <source>email updates</source>
        <translation>novedades por correo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="54"/>
        <source>text updates</source>
        <translation>novedades por mensaje de texto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="70"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="75"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="77"/>
        <source>Street address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="79"/>
        <source>Town:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="81"/>
        <source>Email:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="82"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="83"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="84"/>
        <source>Asked for:</source>
        <translation>Pidió:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="85"/>
        <source>Signed in:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="123"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="125"/>
        <source>Later sign-in</source>
        <translation>Registro posterior</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="126"/>
        <source>Earlier sign-in</source>
        <translation>Registro anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="127"/>
        <source>Merge into the earlier one</source>
        <translation>Unir con el anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="129"/>
        <source>Keep apart: two people</source>
        <translation>Mantener aparte: dos personas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="132"/>
        <source>Merged sign-ups</source>
        <translation>Registros unidos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="134"/>
        <source>Split back into two</source>
        <translation>Separar de nuevo en dos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="156"/>
        <source>Merged sign-ups (the newest merge of a sign-up can be split):</source>
        <translation>Registros unidos (la unión más reciente de un registro se puede separar):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="197"/>
        <source>%n possible duplicate(s) to decide. Nothing is merged until you choose; the kiosk never tells a signer that someone like them signed in.</source>
        <translation>
            <numerusform>%n posible duplicado por decidir. Nada se une hasta que usted elija; el quiosco nunca le dice a nadie que alguien parecido se registró.</numerusform>
            <numerusform>%n posibles duplicados por decidir. Nada se une hasta que usted elija; el quiosco nunca le dice a nadie que alguien parecido se registró.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="202"/>
        <source>No possible duplicates to decide.</source>
        <translation>No hay posibles duplicados por decidir.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="254"/>
        <source>Merging…</source>
        <translation>Uniendo…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="261"/>
        <source>Merged %1 into the earlier sign-up. Split it below if that was wrong.</source>
        <translation>%1 se unió al registro anterior. Sepárelo abajo si fue un error.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="274"/>
        <source>Kept apart: they stay two sign-ups.</source>
        <translation>Aparte: siguen siendo dos registros.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="288"/>
        <source>Split: both sign-ups are back as they were, each with its own letters and emails.</source>
        <translation>Separado: los dos registros volvieron a estar como antes, cada uno con sus cartas y correos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="300"/>
        <source>That did not work: %1</source>
        <translation>No funcionó: %1</translation>
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
    <name>HoldingsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="43"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="44"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="45"/>
        <source>Sign-ups with personal data</source>
        <translation>Registros con datos personales</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="46"/>
        <source>Oldest</source>
        <translation>El más antiguo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="47"/>
        <source>Purged</source>
        <translation>Se borra</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="72"/>
        <source>What this laptop holds</source>
        <translation>Lo que guarda esta computadora</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="77"/>
        <source>Sealed (only the organizer&apos;s passphrase opens them): names, street address, place, ZIP, email, phone, note. Plain beside each sign-up: town, ward and precinct, districts, language, consents, the sign-in time to the minute. Repeat signers are recognised by digests that do not give the values back.</source>
        <translation>Sellados (solo la contraseña del organizador los abre): nombres, dirección, lugar, código postal, correo, teléfono, nota. Visibles junto a cada registro: ciudad, distrito electoral y precinto, distritos, idioma, consentimientos, la hora del registro al minuto. Quien se registra de nuevo se reconoce por resúmenes que no devuelven los valores.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="82"/>
        <source>Days to keep personal data</source>
        <translation>Días que se guardan los datos personales</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="83"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="88"/>
        <source>Keep this event&apos;s personal data, after everything is sent and printed, for (days):</source>
        <translation>Guardar los datos personales de este evento, después de enviar e imprimir todo, durante (días):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="95"/>
        <source>Wipe this laptop…</source>
        <translation>Borrar todo en esta computadora…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="133"/>
        <source>nothing held</source>
        <translation>nada guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="136"/>
        <source>%1 days after %2 messages are sent and %3 letters printed</source>
        <translation>%1 días después de enviar %2 mensajes e imprimir %3 cartas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="143"/>
        <source>%1 days after the last of %n waiting letters is printed</source>
        <translation>
            <numerusform>%1 días después de imprimir la última carta pendiente (%n)</numerusform>
            <numerusform>%1 días después de imprimir la última de las %n cartas pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="147"/>
        <source>%1 days after the last of %n waiting messages is sent</source>
        <translation>
            <numerusform>%1 días después de enviar el último mensaje pendiente (%n)</numerusform>
            <numerusform>%1 días después de enviar el último de los %n mensajes pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="161"/>
        <source>Saved: kept %1 days.</source>
        <translation>Guardado: se conservan %1 días.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="169"/>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="179"/>
        <source>Wipe this laptop</source>
        <translation>Borrar todo en esta computadora</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="171"/>
        <source>This destroys the organizer&apos;s keys and every sign-up on this laptop, for good. Organizer passphrase:</source>
        <translation>Esto destruye para siempre las claves del organizador y todos los registros de esta computadora. Contraseña del organizador:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="180"/>
        <source>Type WIPE to go on:</source>
        <translation>Escriba WIPE para continuar:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="183"/>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="202"/>
        <source>Nothing was wiped.</source>
        <translation>No se borró nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="195"/>
        <source>Wiped. The app closes now; start it again to set it up anew.</source>
        <translation>Borrado. La aplicación se cierra ahora; ábrala de nuevo para configurarla desde cero.</translation>
    </message>
</context>
<context>
    <name>HubStatus</name>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="44"/>
        <source>Coalition hub</source>
        <translation>Servidor central de la coalición</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="79"/>
        <source>not reachable</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="92"/>
        <source>Hub: syncing…</source>
        <translation>Servidor central: sincronizando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="96"/>
        <source>Hub: %1</source>
        <translation>Servidor central: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="98"/>
        <source>last synced at %1</source>
        <translation>última sincronización a las %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/hub_status.py" line="100"/>
        <source>Hub: synced at %1 · %n laptop(s) seen</source>
        <translation>
            <numerusform>Servidor central: sincronizado a las %1 · %n computadora vista</numerusform>
            <numerusform>Servidor central: sincronizado a las %1 · %n computadoras vistas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="104"/>
        <source>Hub: last synced at %1</source>
        <translation>Servidor central: última sincronización a las %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="106"/>
        <source>Hub: not synced yet</source>
        <translation>Servidor central: aún sin sincronizar</translation>
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
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="56"/>
        <source>not decided yet</source>
        <translation>todavía no se sabe</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="58"/>
        <source>vacant: this seat has no member now</source>
        <translation>vacante: ahora nadie ocupa este puesto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="61"/>
        <source>Democratic</source>
        <translation>Demócrata</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="62"/>
        <source>Republican</source>
        <translation>Republicano</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="63"/>
        <source>Independent</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="64"/>
        <source>Unenrolled</source>
        <translation>Sin partido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="69"/>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="71"/>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="73"/>
        <source>State House, room %1</source>
        <translation>State House, oficina %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="78"/>
        <source>Your legislators</source>
        <translation>Sus legisladores</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="80"/>
        <source>Type your town, neighbourhood or ZIP code to see them.</source>
        <translation>Escriba su ciudad, barrio o código postal para verlos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="86"/>
        <source>State Representative</source>
        <translation>Representante estatal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="88"/>
        <source>State Senator</source>
        <translation>Senador(a) estatal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="92"/>
        <source>This name covers several towns (%1). Please type your town.</source>
        <translation>Este nombre corresponde a varias ciudades (%1). Por favor, escriba su ciudad.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="101"/>
        <source>%1 is in %2, which is split between districts. All of %2&apos;s wards and precincts are listed below: the maps cannot tell which of them %1 covers. Choose yours, or tell the volunteer your street address.</source>
        <translation>%1 está en %2, que está dividida entre distritos. Abajo aparecen todos los wards y precintos de %2: los mapas no indican cuáles abarca %1. Elija el suyo o dígale su dirección al voluntario.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="111"/>
        <source>%1 is split between districts. Choose your ward and precinct below, or tell the volunteer your street address.</source>
        <translation>%1 pertenece a varios distritos. Elija abajo su ward y precinto, o dígale su dirección a un voluntario.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="65"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="66"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="67"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="68"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="69"/>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="70"/>
        <source>Printed</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="105"/>
        <source>Include letters already printed</source>
        <translation>Incluir las cartas ya impresas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="111"/>
        <source>Every event of this day, all tables</source>
        <translation>Todos los eventos de este día, todas las mesas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="118"/>
        <source>Letters to print</source>
        <translation>Cartas por imprimir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="122"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="125"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="135"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="136"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="137"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="138"/>
        <source>Mark as printed</source>
        <translation>Marcar como impresas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="139"/>
        <source>Route sheet…</source>
        <translation>Hoja de ruta…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="146"/>
        <source>Printer options…</source>
        <translation>Opciones de impresora…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="150"/>
        <source>Printer:</source>
        <translation>Impresora:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="158"/>
        <source>Letters by office, each stack with its cover sheet. Select some to print only those.</source>
        <translation>Cartas por oficina, cada grupo con su hoja de portada. Seleccione algunas para imprimir solo esas.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="211"/>
        <source>%1 (default)</source>
        <translation>%1 (predeterminada)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="224"/>
        <source>No printer found: Save as PDF instead</source>
        <translation>No se encontró ninguna impresora: guarde como PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="284"/>
        <source>%n copies</source>
        <translation>
            <numerusform>%n copia</numerusform>
            <numerusform>%n copias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="286"/>
        <source>both sides</source>
        <translation>a doble cara</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="306"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="315"/>
        <source>%n letters to print.</source>
        <translation>
            <numerusform>%n carta por imprimir.</numerusform>
            <numerusform>%n cartas por imprimir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="317"/>
        <source>%n letters not printable: %1</source>
        <translation>
            <numerusform>%n carta no se puede imprimir: %1</numerusform>
            <numerusform>%n cartas no se pueden imprimir: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="344"/>
        <source>There are no letters to print.</source>
        <translation>No hay cartas por imprimir.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="376"/>
        <source>Sending the pages to the printer…</source>
        <translation>Enviando las páginas a la impresora…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="381"/>
        <source>Cancelled: nothing was printed or marked.</source>
        <translation>Cancelado: no se imprimió ni se marcó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="385"/>
        <source>Not printed: %1</source>
        <translation>No se imprimió: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="388"/>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="399"/>
        <source>No printer: use Save as PDF, and print the file elsewhere.</source>
        <translation>No hay impresora: use Guardar como PDF e imprima el archivo en otro lugar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="422"/>
        <source>Sent %n letters to %1.</source>
        <translation>
            <numerusform>Se envió %n carta a %1.</numerusform>
            <numerusform>Se enviaron %n cartas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="424"/>
        <source>Sent %n letters to %1, print job number %2.</source>
        <translation>
            <numerusform>Se envió %n carta a %1, trabajo de impresión número %2.</numerusform>
            <numerusform>Se enviaron %n cartas a %1, trabajo de impresión número %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="430"/>
        <source>Too late to cancel: this printer had begun the job and cannot drop it.</source>
        <translation>Demasiado tarde para cancelar: esta impresora ya había empezado el trabajo y no puede descartarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="433"/>
        <source>They count as printed.</source>
        <translation>Cuentan como impresas.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="443"/>
        <source>Save letters as PDF</source>
        <translation>Guardar las cartas como PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="453"/>
        <source>Saved %n pages to %1. Mark them printed once printed.</source>
        <translation>
            <numerusform>Se guardó %n página en %1. Márquelas como impresas cuando las imprima.</numerusform>
            <numerusform>Se guardaron %n páginas en %1. Márquelas como impresas cuando las imprima.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="490"/>
        <source>Marked %n letters printed.</source>
        <translation>
            <numerusform>Se marcó %n carta como impresa.</numerusform>
            <numerusform>Se marcaron %n cartas como impresas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="525"/>
        <source>Save the route sheet</source>
        <translation>Guardar la hoja de ruta</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="551"/>
        <source>No stacks yet: print the letters by office first, then the route.</source>
        <translation>Todavía no hay paquetes: imprima primero las cartas por oficina y luego la ruta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="555"/>
        <source>Saved the route through %n stacks to %1.</source>
        <translation>
            <numerusform>Se guardó la ruta de %n paquete en %1.</numerusform>
            <numerusform>Se guardó la ruta de %n paquetes en %1.</numerusform>
        </translation>
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
    <name>OutboxTab</name>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="42"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="43"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="44"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="45"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="46"/>
        <source>Why it failed</source>
        <translation>Por qué falló</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="52"/>
        <source>Email to legislator</source>
        <translation>Correo al legislador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="53"/>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="54"/>
        <source>Action Network record</source>
        <translation>Registro en Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="55"/>
        <source>Action Network unsubscribe</source>
        <translation>Baja en Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="56"/>
        <source>the signer</source>
        <translation>la persona firmante</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="57"/>
        <source>the signer&apos;s State Representative, once the district is decided</source>
        <translation>el representante estatal de la persona, cuando se decida el distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="60"/>
        <source>the signer&apos;s State Senator, once the district is decided</source>
        <translation>el senador estatal de la persona, cuando se decida el distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="61"/>
        <source>the signer&apos;s legislator, once the district is decided</source>
        <translation>el legislador de la persona, cuando se decida el distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="62"/>
        <source>a former member</source>
        <translation>un exmiembro</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="63"/>
        <source>waiting for the district</source>
        <translation>esperando el distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="64"/>
        <source>to send</source>
        <translation>por enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="65"/>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="66"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="67"/>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="68"/>
        <source>member left: re-target or drop</source>
        <translation>el miembro se fue: redirigir o descartar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="69"/>
        <source>not sent: consent withdrawn</source>
        <translation>no enviado: retiró su consentimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="97"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="99"/>
        <source>Retry failed</source>
        <translation>Reintentar los fallidos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="101"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="106"/>
        <source>Re-target flagged</source>
        <translation>Redirigir los marcados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="108"/>
        <source>Send them to the seat&apos;s member now, where there is one</source>
        <translation>Enviarlos al miembro actual del escaño, si lo hay</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="111"/>
        <source>Drop flagged…</source>
        <translation>Descartar los marcados…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="113"/>
        <source>Withdraw consent…</source>
        <translation>Retirar consentimiento…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="116"/>
        <source>Take someone off the updates list, here and in Action Network, by email or phone</source>
        <translation>Quitar a alguien de la lista de novedades, aquí y en Action Network, por correo o teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="150"/>
        <source>%1 and %2 are for a member who is no longer in office: re-target them to the seat&apos;s member now, or drop them.</source>
        <translation>%1 y %2 son para un miembro que ya no ocupa el cargo: rediríjalos al miembro actual del escaño o descártelos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="152"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n carta</numerusform>
            <numerusform>%n cartas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="153"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n correo</numerusform>
            <numerusform>%n correos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="172"/>
        <source>Drop flagged</source>
        <translation>Descartar los marcados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="173"/>
        <source>Drop the flagged letters and emails? They will not be sent to anyone.</source>
        <translation>¿Descartar las cartas y los correos marcados? No se enviarán a nadie.</translation>
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
        <translation>La bandeja de salida está vacía.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="227"/>
        <source>Withdraw consent</source>
        <translation>Retirar consentimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="229"/>
        <source>The email address or phone number of the person who asks to be taken off the updates list:</source>
        <translation>El correo o el teléfono de la persona que pide salir de la lista de novedades:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="245"/>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="252"/>
        <source>No sign-up has that email address or phone number.</source>
        <translation>Ningún registro tiene ese correo o teléfono.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="255"/>
        <source>Updates consent withdrawn for %n sign-up(s).</source>
        <translation>
            <numerusform>Consentimiento para novedades retirado en %n registro.</numerusform>
            <numerusform>Consentimiento para novedades retirado en %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="256"/>
        <source>Action Network records not yet sent, dropped: %1.</source>
        <translation>Registros de Action Network aún sin enviar, descartados: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="260"/>
        <source>Unsubscribes queued for records already sent: %1 (they go at the next sync).</source>
        <translation>Bajas en espera para registros ya enviados: %1 (salen en el próximo envío).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="263"/>
        <source>Unsubscribes queued for records already sent: 0.</source>
        <translation>Bajas en espera para registros ya enviados: 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="271"/>
        <source>That is neither an email address nor a phone number.</source>
        <translation>Eso no es un correo ni un número de teléfono.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="24"/>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="39"/>
        <source>Strong.</source>
        <translation>Segura.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="41"/>
        <source>Fair: good enough. Another random word makes it stronger.</source>
        <translation>Aceptable: sirve. Otra palabra al azar la haría más segura.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="43"/>
        <source>Weak: %1 Try four or more random words that have nothing to do with each other.</source>
        <translation>Débil: %1 Pruebe con cuatro o más palabras al azar que no tengan nada que ver entre sí.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="48"/>
        <source>It needs at least %1 characters.</source>
        <translation>Necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="51"/>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="52"/>
        <source>It uses too few different characters.</source>
        <translation>Usa muy pocos caracteres distintos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="53"/>
        <source>Runs of keys like 1234567890 or qwertyuiop are guessed first.</source>
        <translation>Las series de teclas como 1234567890 o qwertyuiop son lo primero que se prueba.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="54"/>
        <source>It is, or looks like, a common password.</source>
        <translation>Es, o se parece a, una contraseña común.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="55"/>
        <source>A single word or name is easy to guess.</source>
        <translation>Una sola palabra o un nombre es fácil de adivinar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="56"/>
        <source>Patterns on the keyboard are easy to guess.</source>
        <translation>Los patrones del teclado son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="57"/>
        <source>Repeated letters or patterns are easy to guess.</source>
        <translation>Las letras o patrones repetidos son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="58"/>
        <source>Sequences like abc or 6543 are easy to guess.</source>
        <translation>Las secuencias como abc o 6543 son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="59"/>
        <source>Years and dates are easy to guess.</source>
        <translation>Los años y las fechas son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="60"/>
        <source>It uses words tied to the app or the event.</source>
        <translation>Usa palabras relacionadas con la aplicación o el evento.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="62"/>
        <source>It would be guessed quickly.</source>
        <translation>Se adivinaría rápido.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/gui/widgets/pdf_preview.py" line="24"/>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
</context>
<context>
    <name>PendingLookup</name>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="25"/>
        <source>no street ranges for the place</source>
        <translation>sin rangos de calles para el lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="26"/>
        <source>street not found</source>
        <translation>calle no encontrada</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="27"/>
        <source>house number not on the street&apos;s ranges</source>
        <translation>número fuera de los rangos de la calle</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="28"/>
        <source>the address is in another town</source>
        <translation>la dirección está en otra ciudad</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="29"/>
        <source>too near a district boundary</source>
        <translation>demasiado cerca del límite de un distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="30"/>
        <source>the street is in several parts of town (add the ZIP code)</source>
        <translation>la calle está en varias partes de la ciudad (agregue el código postal)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="31"/>
        <source>not found online</source>
        <translation>no encontrada en línea</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="32"/>
        <source>the online lookup did not answer</source>
        <translation>la búsqueda en línea no respondió</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="75"/>
        <source>No pending sign-up has a street address to look up.</source>
        <translation>Ningún registro pendiente tiene una dirección que buscar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="78"/>
        <source>Found the districts of %1 of %n pending sign-up(s).</source>
        <translation>
            <numerusform>Se encontraron los distritos de %1 de %n registro pendiente.</numerusform>
            <numerusform>Se encontraron los distritos de %1 de %n registros pendientes.</numerusform>
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
        <translation>Aún sin decidir: %1. Elija su ward y precinto, o corrija la dirección.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="95"/>
        <source>Could not look up the pending addresses: %1</source>
        <translation>No se pudieron buscar las direcciones pendientes: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="49"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="50"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="68"/>
        <source>Clear a half-filled form after</source>
        <translation>Borrar un formulario a medias después de</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="69"/>
        <source>Countdown shown before</source>
        <translation>Cuenta atrás mostrada antes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="70"/>
        <source>Show the thank-you screen for</source>
        <translation>Mostrar la pantalla de agradecimiento durante</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="71"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="72"/>
        <source>Print letters right after each sign-in</source>
        <translation>Imprimir las cartas justo después de cada registro</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="73"/>
        <source>Look up street addresses online when connected</source>
        <translation>Buscar direcciones en línea cuando haya conexión</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="74"/>
        <source>Give up on the geocoder after</source>
        <translation>Dejar de esperar al geocodificador después de</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="75"/>
        <source>Warn when the legislators&apos; data is older than (days)</source>
        <translation>Avisar cuando los datos de legisladores tengan más de (días)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="76"/>
        <source>Volunteer view language</source>
        <translation>Idioma de la vista de voluntarios</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="77"/>
        <source>Print through</source>
        <translation>Imprimir con</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="78"/>
        <source>Proxy for web requests (empty: none)</source>
        <translation>Proxy para las conexiones web (vacío: ninguno)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="83"/>
        <source>Automatic: CUPS where it is installed, else the system&apos;s printing</source>
        <translation>Automático: CUPS donde esté instalado; si no, la impresión del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="84"/>
        <source>CUPS (Linux, macOS)</source>
        <translation>CUPS (Linux, macOS)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="85"/>
        <source>The system&apos;s printing, through Qt (as on Windows)</source>
        <translation>La impresión del sistema, mediante Qt (como en Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="153"/>
        <source>Kiosk settings</source>
        <translation>Configuración del quiosco</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="163"/>
        <source>Timings, text size and the volunteer view&apos;s language take effect at the next start; the rest at once. The online lookup sends a split town&apos;s street address to the U.S. Census Bureau&apos;s geocoder.</source>
        <translation>Los tiempos, el tamaño del texto y el idioma de la vista de voluntarios se aplican al volver a abrir la app; lo demás, de inmediato. La búsqueda en línea envía la dirección de una ciudad dividida al geocodificador de la Oficina del Censo de EE. UU.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="187"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="191"/>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
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
    <name>ReportTab</name>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="65"/>
        <source>Sign-ups by House district</source>
        <translation>Registros por distrito de la Cámara</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="66"/>
        <source>Sign-ups by Senate district</source>
        <translation>Registros por distrito del Senado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="67"/>
        <source>Positions after the visits: House</source>
        <translation>Posturas después de las visitas: Cámara</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="68"/>
        <source>Positions after the visits: Senate</source>
        <translation>Posturas después de las visitas: Senado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="71"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="74"/>
        <source>Map of Massachusetts by district</source>
        <translation>Mapa de Massachusetts por distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="77"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="79"/>
        <source>Export counts…</source>
        <translation>Exportar cifras…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="104"/>
        <source>Sign-ups by district</source>
        <translation>Registros por distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="105"/>
        <source>Positions after the visits, by district</source>
        <translation>Posturas después de las visitas, por distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="106"/>
        <source>House districts</source>
        <translation>Distritos de la Cámara</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="106"/>
        <source>Senate districts</source>
        <translation>Distritos del Senado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="107"/>
        <source>Greater Boston</source>
        <translation>Gran Boston</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="109"/>
        <source>fewer than 5</source>
        <translation>menos de 5</translation>
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
        <translation>100 o más</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="113"/>
        <source>Supports</source>
        <translation>Apoya</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="113"/>
        <source>Undecided</source>
        <translation>Indeciso</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="114"/>
        <source>Opposes</source>
        <translation>Se opone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="114"/>
        <source>Did not say</source>
        <translation>No lo dijo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="116"/>
        <source>Not visited</source>
        <translation>Sin visitar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="132"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="152"/>
        <source>Drawing the sign-ups map…</source>
        <translation>Dibujando el mapa de registros…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="154"/>
        <source>Drawing the positions map…</source>
        <translation>Dibujando el mapa de posturas…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="163"/>
        <source>Up to date.</source>
        <translation>Al día.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="169"/>
        <source>Could not make the report: %1</source>
        <translation>No se pudo preparar el informe: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="181"/>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="189"/>
        <source>Export the event&apos;s counts</source>
        <translation>Exportar las cifras del evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="200"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="204"/>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="205"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="16"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="17"/>
        <source>Member</source>
        <translation>Legislador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="18"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="25"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="74"/>
        <source>Sign-ups</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="19"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="76"/>
        <source>Letters printed</source>
        <translation>Cartas impresas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="20"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="77"/>
        <source>Letters delivered</source>
        <translation>Cartas entregadas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="21"/>
        <source>Position</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="24"/>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="26"/>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="29"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="30"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="33"/>
        <source>Supports</source>
        <translation>Apoya</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="34"/>
        <source>Undecided</source>
        <translation>Indeciso</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="35"/>
        <source>Opposes</source>
        <translation>Se opone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="36"/>
        <source>Did not say</source>
        <translation>No lo dijo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="53"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="54"/>
        <source>House</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="55"/>
        <source>Senate</source>
        <translation>Senado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="56"/>
        <source>Towns</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="75"/>
        <source>Pending (split town, ward and precinct not yet known)</source>
        <translation>Pendientes (ciudad dividida, distrito electoral y precinto aún sin conocer)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="78"/>
        <source>Emails sent to legislators</source>
        <translation>Correos enviados a legisladores</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="79"/>
        <source>Records sent to the CRM</source>
        <translation>Registros enviados al CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="80"/>
        <source>Visit reports</source>
        <translation>Informes de visitas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="83"/>
        <source>Sign-ups in %1</source>
        <translation>Registros en %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="90"/>
        <source>Not visited</source>
        <translation>Sin visitar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="95"/>
        <source>(town not found)</source>
        <translation>(ciudad no encontrada)</translation>
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
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="84"/>
        <source>Precinct %1</source>
        <translation>Precinto %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="86"/>
        <source>Ward %1, precinct %2</source>
        <translation>Ward %1, precinto %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="98"/>
        <source>Where in %1 does this person live?</source>
        <translation>¿En qué parte de %1 vive esta persona?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="44"/>
        <source>Sending settings</source>
        <translation>Configuración de envío</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="56"/>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="69"/>
        <source>kept in the system keyring; empty: unchanged</source>
        <translation>se guarda en el llavero del sistema; vacío: sin cambios</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="60"/>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>vacío: las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="64"/>
        <source>Send sign-ups to Action Network</source>
        <translation>Enviar los registros a Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="72"/>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="72"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="73"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="73"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="74"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="75"/>
        <source>Sending address</source>
        <translation>Dirección de envío</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="76"/>
        <source>Coalition name</source>
        <translation>Nombre de la coalición</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="77"/>
        <source>Certificate authority file (PEM)</source>
        <translation>Archivo de autoridad de certificación (PEM)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="78"/>
        <source>Emails per second (0: no limit)</source>
        <translation>Correos por segundo (0: sin límite)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="79"/>
        <source>Action Network API</source>
        <translation>API de Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="80"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="84"/>
        <source>Send test email</source>
        <translation>Enviar correo de prueba</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="107"/>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="112"/>
        <source>Not saved: %1.</source>
        <translation>No se guardó: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="137"/>
        <source>Settings saved, but not the password or key: this computer has no safe place to keep them (a system keyring). Ask the organizer to set the laptop up, or to send from a laptop that has one.</source>
        <translation>Configuración guardada, pero no la contraseña ni la clave: esta computadora no tiene un lugar seguro para guardarlas (un llavero del sistema). Pida al organizador que prepare la laptop, o que envíe desde una que lo tenga.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="141"/>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="152"/>
        <source>Set the mail server and the sending address first.</source>
        <translation>Primero indique el servidor de correo y la dirección de envío.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="156"/>
        <source>Sending a test email…</source>
        <translation>Enviando un correo de prueba…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="162"/>
        <source>Test email sent to %1. The settings work.</source>
        <translation>Correo de prueba enviado a %1. La configuración funciona.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="168"/>
        <source>The test email was not sent: %1</source>
        <translation>El correo de prueba no se envió: %1</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="55"/>
        <source>Set up the tabling app</source>
        <translation>Configurar la aplicación de la mesa informativa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="55"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="64"/>
        <source>Organizer passphrase</source>
        <translation>Frase de contraseña del organizador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="68"/>
        <source>Sign-ups are locked with this passphrase. Without it nobody, not even you, can read them. Use a few unrelated words, and keep it safe.</source>
        <translation>Los registros quedan protegidos con esta frase de contraseña. Sin ella nadie, ni siquiera usted, puede leerlos. Use varias palabras sin relación entre sí y guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="74"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="75"/>
        <source>The same again</source>
        <translation>Repítala</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="84"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="94"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="95"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="96"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="97"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="104"/>
        <source>Actions offered</source>
        <translation>Acciones ofrecidas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="106"/>
        <source>Printed letter</source>
        <translation>Carta impresa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="107"/>
        <source>Email in the signer&apos;s name</source>
        <translation>Correo a nombre de la persona firmante</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="108"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="113"/>
        <source>Languages offered</source>
        <translation>Idiomas ofrecidos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="123"/>
        <source>Start signing people in</source>
        <translation>Empezar a registrar personas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="153"/>
        <source>The event needs a name.</source>
        <translation>El evento necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="156"/>
        <source>The event needs a place: the town will do.</source>
        <translation>El evento necesita un lugar: basta con la ciudad.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="158"/>
        <source>Choose at least one action to offer.</source>
        <translation>Elija al menos una acción para ofrecer.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="182"/>
        <source>Choose the organizer passphrase.</source>
        <translation>Elija la frase de contraseña del organizador.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="185"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="191"/>
        <source>Setting up…</source>
        <translation>Configurando…</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="35"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="36"/>
        <source>the database cannot be written (read-only)</source>
        <translation>no se puede escribir en la base de datos (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="37"/>
        <source>the database could not save the row</source>
        <translation>la base de datos no pudo guardar la fila</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="40"/>
        <source>Ward</source>
        <translation>Distrito electoral (ward)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="41"/>
        <source>Precinct</source>
        <translation>Recinto (precinct)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="63"/>
        <source>Import paper sign-in sheets</source>
        <translation>Importar hojas de registro en papel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="63"/>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="70"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="70"/>
        <source>Export the sign-ups</source>
        <translation>Exportar los registros</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="79"/>
        <source>Unlock the view to export.</source>
        <translation>Desbloquee la vista para exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="88"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="94"/>
        <source>Wrote %1 sign-ups to %2. It holds names and addresses: keep it safe, and delete it when it has served.</source>
        <translation>Se escribieron %1 registros en %2. Contiene nombres y direcciones: guárdelo con cuidado y bórrelo cuando ya no sirva.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="99"/>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="107"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="112"/>
        <source>Could not import: %1</source>
        <translation>No se pudo importar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="118"/>
        <source>%1 added, %2 merged, %3 pending, %4 rejected</source>
        <translation>%1 agregados, %2 unidos, %3 pendientes, %4 rechazados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="125"/>
        <source>%1 already imported</source>
        <translation>%1 ya importados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/sheet_files.py" line="128"/>
        <source>%n possible duplicate(s) to review</source>
        <translation>
            <numerusform>%n posible duplicado por revisar</numerusform>
            <numerusform>%n posibles duplicados por revisar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="131"/>
        <source>Imported %1 (read as %2): %3.</source>
        <translation>Se importó %1 (leído como %2): %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="139"/>
        <source>Stopped at line %1: %2. Saved: lines %3. Not saved: line %4 and after. Import the same file again once this is fixed: the saved rows are skipped.</source>
        <translation>Se detuvo en la línea %1: %2. Guardadas: líneas %3. Sin guardar: desde la línea %4. Importe el mismo archivo otra vez cuando esto se arregle: las filas guardadas se saltan.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="143"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="146"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="151"/>
        <source>Line %1: may be a repeat of %2; review it in the Duplicates tab</source>
        <translation>Línea %1: puede repetir %2; revísela en la pestaña Duplicados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="169"/>
        <source>its quotes (&quot;) do not pair up; check the quotes in this row</source>
        <translation>sus comillas (&quot;) no forman pares; revise las comillas de esta fila</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="172"/>
        <source>a quote (&quot;) opened on this line is never closed, so the next %1 lines would be read as one cell; close or remove the quote</source>
        <translation>unas comillas (&quot;) abiertas en esta línea nunca se cierran, así que las %1 líneas siguientes se leerían como una sola celda; cierre o quite las comillas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="176"/>
        <source>a cell holds %1 characters (at most %2)</source>
        <translation>una celda tiene %1 caracteres (como máximo %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="182"/>
        <source>this row holds bytes that are not UTF-8 text (the file may be damaged); retype the row</source>
        <translation>esta fila contiene bytes que no son texto UTF-8 (el archivo puede estar dañado); vuelva a escribir la fila</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="186"/>
        <source>the column %1 holds &apos;%2&apos;, which is not yes or no</source>
        <translation>la columna %1 contiene &apos;%2&apos;, que no es sí ni no</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="192"/>
        <source>the language &apos;%1&apos; is not one of %2: English is used</source>
        <translation>el idioma &apos;%1&apos; no es uno de %2: se usa el inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="202"/>
        <source>the same name</source>
        <translation>el mismo nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="203"/>
        <source>the same email under another name</source>
        <translation>el mismo correo con otro nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="204"/>
        <source>the same phone under another name</source>
        <translation>el mismo teléfono con otro nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="205"/>
        <source>a very similar name and address</source>
        <translation>un nombre y una dirección muy parecidos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="206"/>
        <source>the same name and email</source>
        <translation>el mismo nombre y correo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="207"/>
        <source>the same name and phone</source>
        <translation>el mismo nombre y teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="208"/>
        <source>the same name and address</source>
        <translation>el mismo nombre y dirección</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="212"/>
        <source>%1 as line %2</source>
        <translation>%1 que la línea %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="213"/>
        <source>%1 as an earlier sign-up</source>
        <translation>%1 que un registro anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="226"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="227"/>
        <source>too long</source>
        <translation>demasiado largo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="228"/>
        <source>not a valid email address</source>
        <translation>correo electrónico no válido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="230"/>
        <source>accented or non-Latin letters before the @, which our mail cannot be sent to</source>
        <translation>letras con acento o no latinas antes de la @, a las que nuestro correo no puede enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="232"/>
        <source>not a valid phone number</source>
        <translation>teléfono no válido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="234"/>
        <source>not a Massachusetts town, neighbourhood or ZIP code we know</source>
        <translation>no es una ciudad, barrio o código postal de Massachusetts que conozcamos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="236"/>
        <source>outside Massachusetts</source>
        <translation>fuera de Massachusetts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="237"/>
        <source>needed to email legislators in the signer&apos;s name</source>
        <translation>necesario para escribir a los legisladores en nombre de la persona</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="238"/>
        <source>needed to email the signer updates</source>
        <translation>necesario para enviarle novedades por correo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="239"/>
        <source>needed to text the signer updates</source>
        <translation>necesario para enviarle novedades por mensaje de texto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="240"/>
        <source>does not match the town</source>
        <translation>no corresponde a la ciudad</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="242"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="244"/>
        <source>(did you mean %1?)</source>
        <translation>(¿quiso decir %1?)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="245"/>
        <source> or </source>
        <translation> o </translation>
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
    <name>SignupsModel</name>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="29"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="30"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="31"/>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="32"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="33"/>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="34"/>
        <source>Senator</source>
        <translation>Senador(a)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="35"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="40"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="41"/>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="43"/>
        <source>no letter or email asked for</source>
        <translation>no pidió cartas ni correos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="46"/>
        <source>no letter for %1: the seat is vacant</source>
        <translation>no hay carta para %1: el escaño está vacante</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="47"/>
        <source>no email for %1: the seat is vacant</source>
        <translation>no hay correo para %1: el escaño está vacante</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="48"/>
        <source>no email for %1: the member has no email address</source>
        <translation>no hay correo para %1: el miembro no tiene dirección de correo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="75"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="75"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="92"/>
        <source>(%1 waiting)</source>
        <translation>(%1 en espera)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="121"/>
        <location filename="../../desktop/gui/models/signups.py" line="122"/>
        <source>not decided</source>
        <translation>sin decidir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/models/signups.py" line="143"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n carta</numerusform>
            <numerusform>%n cartas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/models/signups.py" line="144"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n correo</numerusform>
            <numerusform>%n correos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreetsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="42"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="43"/>
        <source>Street segments</source>
        <translation>Tramos de calle</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="44"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="45"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="156"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/streets_tab.py" line="156"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="68"/>
        <source>In towns split between districts, a street address decides who represents the signer. Download the street ranges of the event&apos;s counties before the event, while online: then addresses are decided at the table without internet.</source>
        <translation>En las ciudades divididas entre distritos, la dirección decide quién representa a la persona. Descargue los rangos de calles de los condados del evento antes del evento, con internet: así las direcciones se deciden en la mesa sin internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="78"/>
        <source>Counties prepared</source>
        <translation>Condados preparados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="80"/>
        <source>County to download</source>
        <translation>Condado para descargar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="84"/>
        <source>Download street ranges</source>
        <translation>Descargar rangos de calles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="87"/>
        <source>Import a file…</source>
        <translation>Importar un archivo…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="89"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="147"/>
        <source>The event&apos;s split towns need: %1. Not prepared yet.</source>
        <translation>Las ciudades divididas del evento necesitan: %1. Aún no está preparado.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="150"/>
        <source>The event&apos;s counties are prepared.</source>
        <translation>Los condados del evento están preparados.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="152"/>
        <source>Choose the counties of the towns you expect signers from.</source>
        <translation>Elija los condados de las ciudades de donde espera gente.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="163"/>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="170"/>
        <source>Import Census street ranges</source>
        <translation>Importar rangos de calles del Censo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="172"/>
        <source>Census ADDRFEAT files (*addrfeat*.zip)</source>
        <translation>Archivos ADDRFEAT del Censo (*addrfeat*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="179"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="234"/>
        <source>Downloading %p%</source>
        <translation>Descargando %p%</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="234"/>
        <source>Importing %p%</source>
        <translation>Importando %p%</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="248"/>
        <source>%1: %2 street segments ready.</source>
        <translation>%1: %2 tramos de calle listos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/streets_tab.py" line="254"/>
        <source>%n range(s) without a usable house number were left out.</source>
        <translation>
            <numerusform>Se omitió %n rango sin número de casa utilizable.</numerusform>
            <numerusform>Se omitieron %n rangos sin número de casa utilizable.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="263"/>
        <source>Cancelled. The street ranges are as they were.</source>
        <translation>Cancelado. Los rangos de calles siguen como estaban.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="266"/>
        <source>%1 The street ranges are as they were.</source>
        <translation>%1 Los rangos de calles siguen como estaban.</translation>
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
        <location filename="../../desktop/gui/table_printing.py" line="85"/>
        <source>State Representative</source>
        <translation>Representante estatal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="85"/>
        <source>State Senator</source>
        <translation>Senador(a) estatal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="147"/>
        <source>There is no printer &quot;%1&quot; on this computer.</source>
        <translation>No hay ninguna impresora «%1» en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="151"/>
        <source>No printer is set up on this computer.</source>
        <translation>Esta computadora no tiene ninguna impresora configurada.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="153"/>
        <source>The printer &quot;%1&quot; is not taking jobs right now.</source>
        <translation>La impresora «%1» no acepta trabajos en este momento.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="157"/>
        <source>The printer &quot;%1&quot; is paused or not ready.</source>
        <translation>La impresora «%1» está en pausa o no está lista.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="161"/>
        <source>This computer&apos;s print system is not running.</source>
        <translation>El sistema de impresión de esta computadora no está funcionando.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="165"/>
        <source>The printer did not take the letters.</source>
        <translation>La impresora no aceptó las cartas.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="168"/>
        <source>The printer says: &quot;%1&quot;.</source>
        <translation>La impresora dice: «%1».</translation>
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
    <name>VisitsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="55"/>
        <source>The member</source>
        <translation>El legislador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="56"/>
        <source>A staffer</source>
        <translation>Un asesor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="57"/>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="60"/>
        <source>Supports</source>
        <translation>Apoya</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="61"/>
        <source>Undecided</source>
        <translation>Indeciso</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="62"/>
        <source>Opposes</source>
        <translation>Se opone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="63"/>
        <source>Did not say</source>
        <translation>No lo dijo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="66"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="73"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="67"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="74"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="68"/>
        <source>Met</source>
        <translation>Se reunió con</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="69"/>
        <source>Position</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="70"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="75"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="134"/>
        <source>Type part of the member&apos;s name</source>
        <translation>Escriba parte del nombre del legislador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="142"/>
        <source>The staffer&apos;s name</source>
        <translation>El nombre del asesor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="149"/>
        <source>In their words</source>
        <translation>Con sus propias palabras</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="150"/>
        <source>Follow-up needed</source>
        <translation>Hace falta seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="152"/>
        <source>What to do, and by whom</source>
        <translation>Qué hacer, y quién</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="156"/>
        <source>Save visit</source>
        <translation>Guardar la visita</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="180"/>
        <source>Office:</source>
        <translation>Oficina:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="181"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="169"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="182"/>
        <source>Met:</source>
        <translation>Se reunió con:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="166"/>
        <source>Staffer:</source>
        <translation>Asesor:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="183"/>
        <source>Position:</source>
        <translation>Postura:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="184"/>
        <source>Commitment:</source>
        <translation>Compromiso:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="185"/>
        <source>Follow-up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="167"/>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="168"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="186"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="197"/>
        <source>Visits by office</source>
        <translation>Visitas por oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="200"/>
        <source>Follow-up list</source>
        <translation>Lista de seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="202"/>
        <source>By office</source>
        <translation>Por oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="203"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="204"/>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="253"/>
        <source>Saved the visit to %1.</source>
        <translation>Se guardó la visita a %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="261"/>
        <source>Choose the office visited from the list of members.</source>
        <translation>Elija la oficina visitada en la lista de legisladores.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="262"/>
        <source>Write the staffer&apos;s name (or choose Nobody).</source>
        <translation>Escriba el nombre del asesor (o elija Nadie).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="263"/>
        <source>The visit&apos;s date is in the future.</source>
        <translation>La fecha de la visita es futura.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="266"/>
        <source>Keep each text under %1 characters.</source>
        <translation>Cada texto debe tener menos de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="280"/>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="308"/>
        <source>Staff: %1</source>
        <translation>Asesor: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="331"/>
        <source>Follow-up (%1)</source>
        <translation>Seguimiento (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="336"/>
        <source>Export visits as CSV</source>
        <translation>Exportar las visitas como CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/visits_tab.py" line="347"/>
        <source>Wrote %n visit reports to %1.</source>
        <translation>
            <numerusform>Se escribió %n informe de visita en %1.</numerusform>
            <numerusform>Se escribieron %n informes de visita en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="63"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="64"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="65"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="66"/>
        <source>Streets</source>
        <translation>Calles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="67"/>
        <source>Holdings</source>
        <translation>Datos guardados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="137"/>
        <source>Event counts</source>
        <translation>Cifras del evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="142"/>
        <source>Emails to legislators include those waiting for a split town&apos;s district. The status bar counts every message ready to leave now, confirmations and Action Network records too.</source>
        <translation>Los correos a legisladores incluyen los que esperan el distrito de una ciudad dividida. La barra de estado cuenta todos los mensajes listos para salir ahora, también las confirmaciones y los registros de Action Network.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="148"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="353"/>
        <source>Sign-ups</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="150"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="153"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="156"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="161"/>
        <source>Back to sign-in</source>
        <translation>Volver al registro</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="197"/>
        <source>Organizer passphrase</source>
        <translation>Frase de contraseña del organizador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="199"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="205"/>
        <source>Sign-ups are locked. Type the organizer passphrase to see them.</source>
        <translation>Los registros están bloqueados. Escriba la frase de contraseña del organizador para verlos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="223"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="236"/>
        <source>Unlocking: re-sealing earlier sign-ups, %1 of %2…</source>
        <translation>Desbloqueando: volviendo a sellar registros anteriores, %1 de %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="275"/>
        <source>Looking up the pending sign-ups&apos; street addresses…</source>
        <translation>Buscando las direcciones de los registros pendientes…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="292"/>
        <source>Could not unlock: %1</source>
        <translation>No se pudo desbloquear: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="312"/>
        <source>Locked after a while without use. Type the passphrase again.</source>
        <translation>Bloqueado tras un rato sin uso. Escriba de nuevo la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="339"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="340"/>
        <source>Search sign-ups</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="345"/>
        <source>Pending only</source>
        <translation>Solo pendientes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="346"/>
        <source>Show only sign-ups whose districts are still open</source>
        <translation>Mostrar solo los registros cuyos distritos siguen sin decidir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="365"/>
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="366"/>
        <source>Choose ward and precinct…</source>
        <translation>Elegir distrito electoral y precinto…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="367"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="368"/>
        <source>Look up pending addresses</source>
        <translation>Buscar direcciones pendientes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="369"/>
        <source>Import paper sheets…</source>
        <translation>Importar hojas en papel…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="370"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="371"/>
        <source>Sending settings…</source>
        <translation>Configuración de envío…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="372"/>
        <source>Kiosk settings…</source>
        <translation>Configuración del quiosco…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="373"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="374"/>
        <source>Change passphrase…</source>
        <translation>Cambiar frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="425"/>
        <source>Sign-ups: %1    Pending: %2    Letters: %3    Emails to legislators not yet sent: %4</source>
        <translation>Registros: %1    Pendientes: %2    Cartas: %3    Correos a legisladores sin enviar: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="434"/>
        <source>Letters without a street address: %1</source>
        <translation>Cartas sin dirección: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="442"/>
        <source>Choose a sign-up in the table first.</source>
        <translation>Primero elija un registro en la tabla.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="460"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="469"/>
        <source>This sign-up&apos;s districts are already decided.</source>
        <translation>Los distritos de este registro ya están decididos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="481"/>
        <source>Resolved: its letters and emails can go now.</source>
        <translation>Resuelto: sus cartas y correos ya pueden salir.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="483"/>
        <source>Still not decided.</source>
        <translation>Todavía sin decidir.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="500"/>
        <source>Delete sign-up</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="501"/>
        <source>Delete the sign-up of %1? Its letters and emails are dropped too.</source>
        <translation>¿Eliminar el registro de %1? También se descartan sus cartas y correos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="508"/>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="523"/>
        <source>The organizer passphrase is changed.</source>
        <translation>Se cambió la frase de contraseña del organizador.</translation>
    </message>
</context>
</TS>
