<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ActionRunner</name>
        <message>
            <source>This journal is open read-only, so “%1” can't change it.</source>
            <translation>Este diario está abierto solo para leer, así que «%1» no puede cambiarlo.</translation>
        </message>
        <message>
            <source>That didn't work</source>
            <translation>No ha funcionado</translation>
        </message>
        <message>
            <source>That can't be undone any more</source>
            <translation>Eso ya no se puede deshacer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>Add files</source>
            <translation>Añadir archivos</translation>
        </message>
        <message>
            <source>Remove files</source>
            <translation>Quitar archivos</translation>
        </message>
        <message>
            <source>Put files back</source>
            <translation>Devolver los archivos</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <source>Typing</source>
            <translation>Escritura</translation>
        </message>
        <message>
            <source>Save revision</source>
            <translation>Guardar versión</translation>
        </message>
        <message>
            <source>Restore draft</source>
            <translation>Recuperar borrador</translation>
        </message>
        <message>
            <source>Change the date</source>
            <translation>Cambiar la fecha</translation>
        </message>
        <message>
            <source>Change attributes</source>
            <translation>Cambiar atributos</translation>
        </message>
        <message>
            <source>Change privacy</source>
            <translation>Cambiar quién puede verla</translation>
        </message>
        <message>
            <source>Change tags</source>
            <translation>Cambiar etiquetas</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>Mover a la papelera</translation>
        </message>
        <message>
            <source>Restore from trash</source>
            <translation>Recuperar de la papelera</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Vaciar la papelera</translation>
        </message>
        <message>
            <source>New exhibition</source>
            <translation>Nueva exposición</translation>
        </message>
        <message>
            <source>Edit exhibition</source>
            <translation>Editar exposición</translation>
        </message>
        <message>
            <source>Rename exhibition</source>
            <translation>Cambiar el nombre de la exposición</translation>
        </message>
        <message>
            <source>Delete exhibition</source>
            <translation>Borrar exposición</translation>
        </message>
        <message>
            <source>Put exhibition back</source>
            <translation>Recuperar la exposición</translation>
        </message>
        <message>
            <source>Duplicate exhibition</source>
            <translation>Duplicar exposición</translation>
        </message>
        <message>
            <source>Add station</source>
            <translation>Añadir estación</translation>
        </message>
        <message>
            <source>Remove station</source>
            <translation>Quitar estación</translation>
        </message>
        <message>
            <source>Put station back</source>
            <translation>Devolver la estación</translation>
        </message>
        <message>
            <source>Move station</source>
            <translation>Mover estación</translation>
        </message>
        <message>
            <source>Move station up</source>
            <translation>Subir estación</translation>
        </message>
        <message>
            <source>Move station down</source>
            <translation>Bajar estación</translation>
        </message>
        <message>
            <source>Pin draft</source>
            <translation>Fijar borrador</translation>
        </message>
        <message>
            <source>Change station</source>
            <translation>Cambiar estación</translation>
        </message>
        <message>
            <source>Set growth strip</source>
            <translation>Elegir la tira de crecimiento</translation>
        </message>
        <message>
            <source>Write captions</source>
            <translation>Escribir los textos</translation>
        </message>
        <message>
            <source>Write talking notes</source>
            <translation>Escribir notas para hablar</translation>
        </message>
        <message>
            <source>Set station time</source>
            <translation>Fijar el tiempo de la estación</translation>
        </message>
        <message>
            <source>Choose section</source>
            <translation>Elegir sección</translation>
        </message>
        <message>
            <source>Link criteria and attributes</source>
            <translation>Unir criterios y atributos</translation>
        </message>
        <message>
            <source>Show a photo of other people</source>
            <translation>Mostrar una foto de otras personas</translation>
        </message>
        <message>
            <source>Describe picture</source>
            <translation>Describir la imagen</translation>
        </message>
        <message>
            <source>Record rehearsal</source>
            <translation>Guardar ensayo</translation>
        </message>
        <message>
            <source>Record presentation</source>
            <translation>Guardar presentación</translation>
        </message>
        <message>
            <source>Delete rehearsal</source>
            <translation>Borrar ensayo</translation>
        </message>
        <message>
            <source>Add panel feedback</source>
            <translation>Añadir comentarios del jurado</translation>
        </message>
        <message>
            <source>Export exhibition</source>
            <translation>Exportar exposición</translation>
        </message>
        <message>
            <source>Save goal</source>
            <translation>Guardar meta</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Nueva meta</translation>
        </message>
        <message>
            <source>Change the goal</source>
            <translation>Cambiar la meta</translation>
        </message>
        <message>
            <source>Change the goal's status</source>
            <translation>Cambiar el estado de la meta</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Borrar meta</translation>
        </message>
        <message>
            <source>Restore goal</source>
            <translation>Recuperar meta</translation>
        </message>
        <message>
            <source>Add success criterion</source>
            <translation>Añadir criterio de éxito</translation>
        </message>
        <message>
            <source>Change success criterion</source>
            <translation>Cambiar criterio de éxito</translation>
        </message>
        <message>
            <source>Remove success criterion</source>
            <translation>Quitar criterio de éxito</translation>
        </message>
        <message>
            <source>Put back success criterion</source>
            <translation>Devolver el criterio de éxito</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Añadir paso</translation>
        </message>
        <message>
            <source>Tick step</source>
            <translation>Marcar paso</translation>
        </message>
        <message>
            <source>Change step</source>
            <translation>Cambiar paso</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Quitar paso</translation>
        </message>
        <message>
            <source>Put back step</source>
            <translation>Devolver el paso</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>Mover paso</translation>
        </message>
        <message>
            <source>Add checkpoint</source>
            <translation>Añadir punto de control</translation>
        </message>
        <message>
            <source>Change checkpoint</source>
            <translation>Cambiar punto de control</translation>
        </message>
        <message>
            <source>Remove checkpoint</source>
            <translation>Quitar punto de control</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Revisar avance</translation>
        </message>
        <message>
            <source>Reopen checkpoint</source>
            <translation>Reabrir punto de control</translation>
        </message>
        <message>
            <source>Link evidence</source>
            <translation>Unir prueba</translation>
        </message>
        <message>
            <source>Unlink evidence</source>
            <translation>Separar prueba</translation>
        </message>
        <message>
            <source>Link evidence again</source>
            <translation>Volver a unir la prueba</translation>
        </message>
        <message>
            <source>Lock with a passphrase</source>
            <translation>Bloquear con una frase de contraseña</translation>
        </message>
        <message>
            <source>Remove the passphrase</source>
            <translation>Quitar la frase de contraseña</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>Importar un archivo</translation>
        </message>
        <message>
            <source>Export portfolio</source>
            <translation>Exportar portafolio</translation>
        </message>
        <message>
            <source>Mark feedback read</source>
            <translation>Marcar comentarios como leídos</translation>
        </message>
        <message>
            <source>Change my name</source>
            <translation>Cambiar mi nombre</translation>
        </message>
        <message>
            <source>Finish the welcome</source>
            <translation>Terminar la bienvenida</translation>
        </message>
        <message>
            <source>Remember where I was</source>
            <translation>Recordar dónde me quedé</translation>
        </message>
        <message>
            <source>Change a preference</source>
            <translation>Cambiar una preferencia</translation>
        </message>
        <message>
            <source>Switch a prompt on or off</source>
            <translation>Activar o desactivar una pregunta</translation>
        </message>
        <message>
            <source>Add my prompt</source>
            <translation>Añadir mi pregunta</translation>
        </message>
        <message>
            <source>Change my prompt</source>
            <translation>Cambiar mi pregunta</translation>
        </message>
        <message>
            <source>Delete my prompt</source>
            <translation>Borrar mi pregunta</translation>
        </message>
        <message>
            <source>Switch a prompt pack on or off</source>
            <translation>Activar o desactivar un paquete de preguntas</translation>
        </message>
        <message>
            <source>Import a prompt pack</source>
            <translation>Importar un paquete de preguntas</translation>
        </message>
        <message>
            <source>Remove a prompt pack</source>
            <translation>Quitar un paquete de preguntas</translation>
        </message>
        <message>
            <source>Answer a prompt</source>
            <translation>Responder una pregunta</translation>
        </message>
        <message>
            <source>Change an answer</source>
            <translation>Cambiar una respuesta</translation>
        </message>
        <message>
            <source>Delete an answer</source>
            <translation>Borrar una respuesta</translation>
        </message>
        <message>
            <source>Bring back an answer</source>
            <translation>Recuperar una respuesta</translation>
        </message>
        <message>
            <source>Save my learning profile</source>
            <translation>Guardar mi perfil de aprendizaje</translation>
        </message>
    </context>
    <context>
        <name>ActivityOverview</name>
        <message>
            <source>Activity overview</source>
            <translation>Resumen de actividad</translation>
        </message>
        <message>
            <source>Writing days</source>
            <translation>Días de escritura</translation>
        </message>
        <message>
            <source>← &amp;Earlier</source>
            <translation>← &amp;Antes</translation>
        </message>
        <message>
            <source>Show the year before</source>
            <translation>Ver el año anterior</translation>
        </message>
        <message>
            <source>&amp;Later →</source>
            <translation>&amp;Después →</translation>
        </message>
        <message>
            <source>Show the year after</source>
            <translation>Ver el año siguiente</translation>
        </message>
        <message>
            <source>Counts per week</source>
            <translation>Cantidad por semana</translation>
        </message>
        <message>
            <source>Days with writing: {days} · entries: {entries} · drafts saved: {drafts} · reflections: {reflections}</source>
            <translation>Días con escritura: {days} · entradas: {entries} · borradores guardados: {drafts} · reflexiones: {reflections}</translation>
        </message>
    </context>
    <context>
        <name>AddEntryDialog</name>
        <message>
            <source>Add entries to the exhibition</source>
            <translation>Añadir entradas a la exposición</translation>
        </message>
        <message>
            <source>&amp;Find an entry:</source>
            <translation>&amp;Buscar una entrada:</translation>
        </message>
        <message>
            <source>Find an entry</source>
            <translation>Buscar una entrada</translation>
        </message>
        <message>
            <source>Words from its title or text</source>
            <translation>Palabras de su título o de su texto</translation>
        </message>
        <message>
            <source>Entries found</source>
            <translation>Entradas encontradas</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Add the chosen entries</source>
            <translation>Añadir las entradas elegidas</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{title} ({day})</source>
            <translation>{title} ({day})</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Entrada sin título</translation>
        </message>
    </context>
    <context>
        <name>AttachmentListModel</name>
        <message>
            <source>File missing</source>
            <translation>Falta el archivo</translation>
        </message>
        <message>
            <source>%1
File missing: it is no longer in the journal folder.</source>
            <translation>%1
Falta el archivo: ya no está en la carpeta del diario.</translation>
        </message>
        <message>
            <source>%1, file missing</source>
            <translation>%1, falta el archivo</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Attachments</source>
            <translation>Archivos adjuntos</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Archivos adjuntos</translation>
        </message>
        <message>
            <source>Press Enter to open a file, Delete to remove it from this entry.</source>
            <translation>Pulsa Intro para abrir un archivo y Suprimir para quitarlo de esta entrada.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Añadir archivos…</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>Añadir archivos</translation>
        </message>
        <message>
            <source>Add pictures, documents or any other files</source>
            <translation>Añade fotos, documentos o cualquier otro archivo</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open the selected file</source>
            <translation>Abrir el archivo elegido</translation>
        </message>
        <message>
            <source>Open with the app your computer uses for it</source>
            <translation>Se abre con la aplicación que usa tu ordenador para ese tipo de archivo</translation>
        </message>
        <message>
            <source>Remove from entry</source>
            <translation>Quitar de la entrada</translation>
        </message>
        <message>
            <source>Remove the selected file from this entry</source>
            <translation>Quitar el archivo elegido de esta entrada</translation>
        </message>
        <message>
            <source>Take it out of this entry. Older revisions still keep it.</source>
            <translation>Lo quita de esta entrada. Las versiones anteriores lo conservan.</translation>
        </message>
        <message>
            <source>Choose an entry to see its files.</source>
            <translation>Elige una entrada para ver sus archivos.</translation>
        </message>
        <message>
            <source>No files in this entry.</source>
            <translation>Esta entrada no tiene archivos.</translation>
        </message>
        <message>
            <source>No files yet. Drop pictures or documents here, or choose Add files…</source>
            <translation>Todavía no hay archivos. Arrastra aquí fotos o documentos, o elige Añadir archivos…</translation>
        </message>
        <message>
            <source>That revision no longer exists.</source>
            <translation>Esa versión ya no existe.</translation>
        </message>
        <message>
            <source>Attachments in revision %1</source>
            <translation>Archivos adjuntos de la versión %1</translation>
        </message>
        <message>
            <source>The files as they were on %1. You can open them, not change them.</source>
            <translation>Los archivos tal como estaban el %1. Puedes abrirlos, pero no cambiarlos.</translation>
        </message>
        <message>
            <source>This revision had no files attached.</source>
            <translation>Esta versión no tenía archivos adjuntos.</translation>
        </message>
        <message>
            <source>This is an older revision; add files to the entry itself.</source>
            <translation>Esta es una versión anterior; añade los archivos a la entrada misma.</translation>
        </message>
        <message>
            <source>Choose an entry first, then add files to it.</source>
            <translation>Primero elige una entrada y luego añádele archivos.</translation>
        </message>
        <message>
            <source>This journal is open read-only.</source>
            <translation>Este diario está abierto solo para leer.</translation>
        </message>
        <message>
            <source>Only files can be added, not folders: %1</source>
            <translation>Solo se pueden añadir archivos, no carpetas: %1</translation>
        </message>
        <message>
            <source>There were no files to add.</source>
            <translation>No había archivos que añadir.</translation>
        </message>
        <message>
            <source>%1 is missing from the journal folder, so it can't be opened. A backup may still have it.</source>
            <translation>%1 no está en la carpeta del diario, así que no se puede abrir. Quizá siga en una copia de seguridad.</translation>
        </message>
        <message>
            <source>Removed %1 from this entry. Older revisions still keep it.</source>
            <translation>Se quitó %1 de esta entrada. Las versiones anteriores lo conservan.</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n file(s) from this entry. Older revisions still keep them.</source>
            <translation>
                <numerusform>Se quitó %n archivo de esta entrada. Las versiones anteriores lo conservan.</numerusform>
                <numerusform>Se quitaron %n archivos de esta entrada. Las versiones anteriores los conservan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add files to this entry</source>
            <translation>Añadir archivos a esta entrada</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n file(s) to your journal…</source>
            <translation>
                <numerusform>Añadiendo %n archivo a tu diario…</numerusform>
                <numerusform>Añadiendo %n archivos a tu diario…</numerusform>
            </translation>
        </message>
        <message>
            <source>Adding %1 to your journal…</source>
            <translation>Añadiendo %1 a tu diario…</translation>
        </message>
        <message>
            <source>Adding files</source>
            <translation>Añadiendo archivos</translation>
        </message>
        <message>
            <source>Cancel adding files</source>
            <translation>Dejar de añadir archivos</translation>
        </message>
        <message>
            <source>Adding files was cancelled; nothing was added.</source>
            <translation>Se canceló; no se añadió nada.</translation>
        </message>
        <message>
            <source>%1 was missing and is back now.</source>
            <translation>%1 faltaba y ya ha vuelto.</translation>
        </message>
        <message>
            <source>%1 is already in this entry.</source>
            <translation>%1 ya está en esta entrada.</translation>
        </message>
        <message>
            <source>The files could not be added.</source>
            <translation>No se pudieron añadir los archivos.</translation>
        </message>
        <message>
            <source>Your computer has no app to open %1.</source>
            <translation>Tu ordenador no tiene ninguna aplicación para abrir %1.</translation>
        </message>
        <message>
            <source>%1 could not be opened (%2).</source>
            <translation>No se pudo abrir %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>AttributeBalanceChart</name>
        <message>
            <source>My four attributes over time</source>
            <translation>Mis cuatro atributos a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Nothing written yet.</source>
            <translation>Todavía no has escrito nada.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>month, counts</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>Your attributes will show here once you've written a little.</source>
            <translation>Tus atributos aparecerán aquí cuando hayas escrito un poco.</translation>
        </message>
    </context>
    <context>
        <name>Attributes</name>
        <message>
            <source>Voice</source>
            <translation>Voz</translation>
        </message>
        <message>
            <source>I shared my own ideas or made my own choices.</source>
            <translation>Compartí mis propias ideas o tomé mis propias decisiones.</translation>
        </message>
        <message>
            <source>my ideas, opinions and questions</source>
            <translation>mis ideas, opiniones y preguntas</translation>
        </message>
        <message>
            <source>Co-creation</source>
            <translation>Co-creación</translation>
        </message>
        <message>
            <source>I planned or made this together with others, my teacher too.</source>
            <translation>Planifiqué o hice esto junto con otras personas, también con mi profe.</translation>
        </message>
        <message>
            <source>planning and deciding together</source>
            <translation>planificar y decidir en equipo</translation>
        </message>
        <message>
            <source>Social construction</source>
            <translation>Construcción social</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>Social</translation>
        </message>
        <message>
            <source>I learned with other people and from them.</source>
            <translation>Aprendí con otras personas y de ellas.</translation>
        </message>
        <message>
            <source>learning with and from others</source>
            <translation>aprender con los demás y de los demás</translation>
        </message>
        <message>
            <source>Self-discovery</source>
            <translation>Autodescubrimiento</translation>
        </message>
        <message>
            <source>I found out something about how I learn best.</source>
            <translation>Descubrí algo sobre cómo aprendo mejor.</translation>
        </message>
        <message>
            <source>how I learn and how I grow</source>
            <translation>cómo aprendo y cómo crezco</translation>
        </message>
    </context>
    <context>
        <name>CheckpointDialog</name>
        <message>
            <source>Checkpoint</source>
            <translation>Punto de control</translation>
        </message>
        <message>
            <source>%1 · due %2</source>
            <translation>%1 · para el %2</translation>
        </message>
        <message>
            <source>My goal</source>
            <translation>Mi meta</translation>
        </message>
        <message>
            <source>How far have I got with each of these?</source>
            <translation>¿Cuánto he avanzado en cada uno de estos?</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>This goal has no success criteria yet, so there's nothing to rate. You can still write how it's going.</source>
            <translation>Esta meta aún no tiene criterios de éxito, así que no hay nada que puntuar. Igualmente puedes escribir cómo te va.</translation>
        </message>
        <message>
            <source>A&amp;nother question</source>
            <translation>&amp;Otra pregunta</translation>
        </message>
        <message>
            <source>Show another question</source>
            <translation>Mostrar otra pregunta</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Tu respuesta</translation>
        </message>
        <message>
            <source>How is it going? What will I do next?</source>
            <translation>¿Cómo me va? ¿Qué haré ahora?</translation>
        </message>
        <message>
            <source>How did the learning go? (optional)</source>
            <translation>¿Cómo fue el aprendizaje? (opcional)</translation>
        </message>
        <message>
            <source>Show learning conditions</source>
            <translation>Mostrar las condiciones de aprendizaje</translation>
        </message>
        <message>
            <source>&amp;Save check-in</source>
            <translation>&amp;Guardar el avance</translation>
        </message>
        <message>
            <source>Save check-in</source>
            <translation>Guardar el avance</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>How is it going so far?</source>
            <translation>¿Cómo te va hasta ahora?</translation>
        </message>
        <message>
            <source>Your check-in isn't saved</source>
            <translation>Tu avance no está guardado</translation>
        </message>
        <message>
            <source>You've rated or written something here but haven't saved it. If you close now, it is lost. Keep working on it?</source>
            <translation>Has puntuado o escrito algo aquí, pero no lo has guardado. Si cierras ahora, se pierde. ¿Quieres seguir con ello?</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Cerrar sin guardar</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Seguir trabajando</translation>
        </message>
    </context>
    <context>
        <name>ChipGroup</name>
        <message>
            <source>%1: %2</source>
            <comment>group, choice</comment>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>ClassOverviewDialog</name>
        <message>
            <source>Class overview</source>
            <translation>Resumen de la clase</translation>
        </message>
        <message>
            <source>Portfolios in %1</source>
            <translation>Portafolios en %1</translation>
        </message>
        <message>
            <source>Portfolios in this folder</source>
            <translation>Portafolios en esta carpeta</translation>
        </message>
        <message>
            <source>Reading the portfolios</source>
            <translation>Leyendo los portafolios</translation>
        </message>
        <message>
            <source>&amp;Stop reading</source>
            <translation>&amp;Dejar de leer</translation>
        </message>
        <message>
            <source>Stop reading the folder</source>
            <translation>Dejar de leer la carpeta</translation>
        </message>
        <message>
            <source>Files that could not be read</source>
            <translation>Archivos que no se pudieron leer</translation>
        </message>
        <message>
            <source>&amp;Open for review</source>
            <translation>&amp;Abrir para revisar</translation>
        </message>
        <message>
            <source>Open the chosen portfolio for review</source>
            <translation>Abrir para revisar el portafolio elegido</translation>
        </message>
        <message>
            <source>Open the chosen portfolio for review (Enter)</source>
            <translation>Abrir para revisar el portafolio elegido (Intro)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Checking every portfolio in the folder…</source>
            <translation>Revisando cada portafolio de la carpeta…</translation>
        </message>
        <message numerus="yes">
            <source>%n portfolio(s). Press Enter or double-click one to review it.</source>
            <translation>
                <numerusform>%n portafolio. Pulsa Intro o haz doble clic para revisarlo.</numerusform>
                <numerusform>%n portafolios. Pulsa Intro o haz doble clic en uno para revisarlo.</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no portfolios in this folder.</source>
            <translation>No hay portafolios en esta carpeta.</translation>
        </message>
    </context>
    <context>
        <name>ClassOverviewModel</name>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Period covered</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>Revisions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Metas</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Última actividad</translation>
        </message>
        <message>
            <source>Feedback written</source>
            <translation>Comentarios escritos</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s)</source>
            <translation>
                <numerusform>%n comentario</numerusform>
                <numerusform>%n comentarios</numerusform>
            </translation>
        </message>
        <message>
            <source>no entries</source>
            <translation>sin entradas</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
    </context>
    <context>
        <name>ConditionsPicker</name>
        <message>
            <source>Learning conditions</source>
            <translation>Condiciones de aprendizaje</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Somewhere else…</source>
            <translation>En otro sitio…</translation>
        </message>
        <message>
            <source>Somewhere else</source>
            <translation>En otro sitio</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>Con quién</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Momento del día</translation>
        </message>
        <message>
            <source>My energy</source>
            <translation>Mi energía</translation>
        </message>
        <message>
            <source>very tired</source>
            <translation>muy cansado/a</translation>
        </message>
        <message>
            <source>full of energy</source>
            <translation>lleno/a de energía</translation>
        </message>
        <message>
            <source>How well it went</source>
            <translation>Cómo fue</translation>
        </message>
        <message>
            <source>not well</source>
            <translation>no muy bien</translation>
        </message>
        <message>
            <source>really well</source>
            <translation>muy bien</translation>
        </message>
        <message>
            <source>Where?</source>
            <translation>¿Dónde?</translation>
        </message>
        <message>
            <source>With whom?</source>
            <translation>¿Con quién?</translation>
        </message>
        <message>
            <source>How?</source>
            <translation>¿Cómo?</translation>
        </message>
        <message>
            <source>When?</source>
            <translation>¿Cuándo?</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energía</translation>
        </message>
        <message>
            <source>How did it go?</source>
            <translation>¿Cómo fue?</translation>
        </message>
    </context>
    <context>
        <name>ConditionsTable</name>
        <message>
            <source>Condition</source>
            <translation>Condición</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflexiones</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n reflection(s)</source>
            <translation>
                <numerusform>%1 de %n reflexión</numerusform>
                <numerusform>%1 de %n reflexiones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Keep writing</source>
            <translation>Seguir escribiendo</translation>
        </message>
    </context>
    <context>
        <name>DiffDialog</name>
        <message>
            <source>Compare drafts</source>
            <translation>Comparar borradores</translation>
        </message>
        <message>
            <source>Compare drafts – %1</source>
            <translation>Comparar borradores – %1</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Older draft</source>
            <translation>Borrador anterior</translation>
        </message>
        <message>
            <source>Newer draft</source>
            <translation>Borrador más nuevo</translation>
        </message>
        <message>
            <source>&amp;Before:</source>
            <translation>&amp;Antes:</translation>
        </message>
        <message>
            <source>&amp;After:</source>
            <translation>&amp;Después:</translation>
        </message>
        <message>
            <source>⇄ S&amp;wap</source>
            <translation>⇄ &amp;Intercambiar</translation>
        </message>
        <message>
            <source>Swap the two drafts</source>
            <translation>Intercambiar los dos borradores</translation>
        </message>
        <message>
            <source>Older draft, with what was taken out crossed out</source>
            <translation>Borrador anterior, con lo que se quitó tachado</translation>
        </message>
        <message>
            <source>Newer draft, with what was added underlined</source>
            <translation>Borrador más nuevo, con lo que se añadió subrayado</translation>
        </message>
        <message>
            <source>Summary of the changes</source>
            <translation>Resumen de los cambios</translation>
        </message>
        <message>
            <source>How changes are marked</source>
            <translation>Cómo se marcan los cambios</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>draft, date</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Comparing the two drafts…</source>
            <translation>Comparando los dos borradores…</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Comparando…</translation>
        </message>
        <message>
            <source>That is the same draft on both sides: pick another one to compare.</source>
            <translation>Es el mismo borrador en los dos lados: elige otro para comparar.</translation>
        </message>
        <message>
            <source>No changes: these two drafts have the same text.</source>
            <translation>No hay cambios: estos dos borradores tienen el mismo texto.</translation>
        </message>
        <message>
            <source>Words: +%1 added, −%2 taken out</source>
            <translation>Palabras: +%1 añadidas, −%2 quitadas</translation>
        </message>
        <message>
            <source>Words: +%1 added</source>
            <translation>Palabras: +%1 añadidas</translation>
        </message>
        <message>
            <source>Words: −%1 taken out</source>
            <translation>Palabras: −%1 quitadas</translation>
        </message>
        <message>
            <source>Only spaces and punctuation changed</source>
            <translation>Solo cambiaron espacios y signos de puntuación</translation>
        </message>
        <message>
            <source> (the title changed too)</source>
            <translation> (también cambió el título)</translation>
        </message>
        <message>
            <source>%1 taken out   %2 added</source>
            <translation>%1 quitado   %2 añadido</translation>
        </message>
        <message>
            <source>crossed out</source>
            <translation>tachado</translation>
        </message>
        <message>
            <source>underlined</source>
            <translation>subrayado</translation>
        </message>
        <message>
            <source>This draft could not be read.</source>
            <translation>No se pudo leer este borrador.</translation>
        </message>
        <message>
            <source>This draft has no text.</source>
            <translation>Este borrador no tiene texto.</translation>
        </message>
    </context>
    <context>
        <name>DueCheckpointsCard</name>
        <message>
            <source>Checkpoints due</source>
            <translation>Puntos de control pendientes</translation>
        </message>
        <message>
            <source>Time to check in</source>
            <translation>Hora de revisar tu avance</translation>
        </message>
        <message numerus="yes">
            <source>and %n more on your goals page</source>
            <translation>
                <numerusform>y %n más en tu página de metas</numerusform>
                <numerusform>y %n más en tu página de metas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 was due on %2</source>
            <translation>%1 era para el %2</translation>
        </message>
        <message>
            <source>A checkpoint</source>
            <translation>Un punto de control</translation>
        </message>
        <message>
            <source>%1, due %2</source>
            <translation>%1, para el %2</translation>
        </message>
        <message>
            <source>My goal</source>
            <translation>Mi meta</translation>
        </message>
        <message>
            <source>Open goal %1</source>
            <translation>Abrir la meta %1</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Revisar avance</translation>
        </message>
        <message>
            <source>Check in: %1</source>
            <translation>Revisar avance: %1</translation>
        </message>
    </context>
    <context>
        <name>EntryDetailsPanel</name>
        <message>
            <source>Entry details</source>
            <translation>Detalles de la entrada</translation>
        </message>
        <message>
            <source>When I learned this</source>
            <translation>Cuándo aprendí esto</translation>
        </message>
        <message>
            <source>Date I learned this</source>
            <translation>Fecha en que aprendí esto</translation>
        </message>
        <message>
            <source>The day the learning happened</source>
            <translation>El día en que ocurrió el aprendizaje</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>e.g. science, volcano</source>
            <translation>p. ej. ciencias, volcán</translation>
        </message>
        <message>
            <source>Separate tags with commas</source>
            <translation>Separa las etiquetas con comas</translation>
        </message>
        <message>
            <source>Separate tags with commas.</source>
            <translation>Separa las etiquetas con comas.</translation>
        </message>
        <message>
            <source>What this entry shows</source>
            <translation>Qué muestra esta entrada</translation>
        </message>
        <message>
            <source>Who can see it</source>
            <translation>Quién puede verla</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privada</translation>
        </message>
        <message>
            <source>Private: only on this computer</source>
            <translation>Privada: solo en este ordenador</translation>
        </message>
        <message>
            <source>Shareable</source>
            <translation>Para compartir</translation>
        </message>
        <message>
            <source>Shareable: can go in what I export</source>
            <translation>Para compartir: puede ir en lo que exporte</translation>
        </message>
        <message>
            <source>Evidence for my goals</source>
            <translation>Prueba de mis metas</translation>
        </message>
        <message>
            <source>Goals this entry is evidence for</source>
            <translation>Metas de las que esta entrada es una prueba</translation>
        </message>
        <message>
            <source>Not linked to a goal yet. You can link it from a goal's page.</source>
            <translation>Aún no está unida a ninguna meta. Puedes unirla desde la página de una meta.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Untitled goal</source>
            <translation>Meta sin título</translation>
        </message>
        <message>
            <source>Private entries stay on this computer. They only leave it if you choose to include them when you export.</source>
            <translation>Las entradas privadas se quedan en este ordenador. Solo salen de aquí si tú decides incluirlas al exportar.</translation>
        </message>
        <message>
            <source>Shareable entries can go into the portfolios and exhibitions you make.</source>
            <translation>Las entradas para compartir pueden ir en los portafolios y exposiciones que hagas.</translation>
        </message>
    </context>
    <context>
        <name>EntryListModel</name>
        <message>
            <source>Untitled entry</source>
            <translation>Entrada sin título</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2, %n revision(s)</source>
            <translation>
                <numerusform>%1, %2, %n versión</numerusform>
                <numerusform>%1, %2, %n versiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new comment(s)</source>
            <translation>
                <numerusform>%n comentario nuevo</numerusform>
                <numerusform>%n comentarios nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n revision(s)</source>
            <translation>
                <numerusform>%n versión</numerusform>
                <numerusform>%n versiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>%n borrador</numerusform>
                <numerusform>%n borradores</numerusform>
            </translation>
        </message>
        <message>
            <source>private</source>
            <translation>privada</translation>
        </message>
    </context>
    <context>
        <name>ExhibitionsPage</name>
        <message>
            <source>Student-led conference</source>
            <translation>Conferencia dirigida por mí</translation>
        </message>
        <message>
            <source>You lead a talk with your family about a few pieces of work, where you are now and what you want to try next.</source>
            <translation>Tú diriges una charla con tu familia sobre algunos de tus trabajos: dónde estás ahora y qué quieres probar después.</translation>
        </message>
        <message>
            <source>Where I started</source>
            <translation>Dónde empecé</translation>
        </message>
        <message>
            <source>Work I am proud of</source>
            <translation>Trabajos de los que estoy orgulloso</translation>
        </message>
        <message>
            <source>What I want to try next</source>
            <translation>Lo que quiero probar después</translation>
        </message>
        <message>
            <source>Presentation of learning</source>
            <translation>Presentación del aprendizaje</translation>
        </message>
        <message>
            <source>A short talk to a panel: your claim, the work that backs it up, and how the work changed through your drafts.</source>
            <translation>Una charla corta ante un jurado: tu idea principal, el trabajo que la respalda y cómo cambió ese trabajo a lo largo de tus borradores.</translation>
        </message>
        <message>
            <source>My claim</source>
            <translation>Mi idea principal</translation>
        </message>
        <message>
            <source>The evidence</source>
            <translation>Las pruebas</translation>
        </message>
        <message>
            <source>How I grew</source>
            <translation>Cómo he crecido</translation>
        </message>
        <message>
            <source>Passage presentation</source>
            <translation>Presentación de paso de etapa</translation>
        </message>
        <message>
            <source>At the end of a stage, you show you are ready for the next one, with work from across the stage.</source>
            <translation>Al final de una etapa, demuestras que estás listo para la siguiente con trabajos de toda la etapa.</translation>
        </message>
        <message>
            <source>Looking back</source>
            <translation>Mirando atrás</translation>
        </message>
        <message>
            <source>Ready for what comes next</source>
            <translation>Listo para lo que viene</translation>
        </message>
        <message>
            <source>Gallery walk</source>
            <translation>Recorrido de galería</translation>
        </message>
        <message>
            <source>Visitors walk past your work on their own time; each piece has a placard that speaks for you.</source>
            <translation>Los visitantes recorren tus trabajos a su ritmo; cada uno tiene un cartel que habla por ti.</translation>
        </message>
        <message>
            <source>Defense with panel questions</source>
            <translation>Defensa con preguntas del jurado</translation>
        </message>
        <message>
            <source>You defend a claim about your learning, then answer the panel's questions about your evidence.</source>
            <translation>Defiendes una idea sobre tu aprendizaje y luego respondes las preguntas del jurado sobre tus pruebas.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Questions from the panel</source>
            <translation>Preguntas del jurado</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Empezar desde cero</translation>
        </message>
        <message>
            <source>No plan yet: choose your own stations, sections and time.</source>
            <translation>Sin plan todavía: elige tus propias estaciones, secciones y tiempo.</translation>
        </message>
        <message>
            <source>Panel (your full name, all chosen files)</source>
            <translation>Jurado (tu nombre completo, todos los archivos elegidos)</translation>
        </message>
        <message>
            <source>Families (your first name; photos of other people stay out)</source>
            <translation>Familias (tu nombre; las fotos de otras personas se quedan fuera)</translation>
        </message>
        <message>
            <source>Anyone (first name and last initial; photos of other people stay out)</source>
            <translation>Cualquiera (nombre e inicial del apellido; las fotos de otras personas se quedan fuera)</translation>
        </message>
        <message>
            <source>Read what the panel said. What surprised you, what are you proud of, and what will you try next time?</source>
            <translation>Lee lo que dijo el jurado. ¿Qué te sorprendió, de qué estás orgulloso u orgullosa y qué probarás la próxima vez?</translation>
        </message>
        <message>
            <source>Exhibitions</source>
            <translation>Exposiciones</translation>
        </message>
        <message>
            <source>&amp;Exhibitions</source>
            <translation>&amp;Exposiciones</translation>
        </message>
        <message>
            <source>&amp;New exhibition</source>
            <translation>&amp;Nueva exposición</translation>
        </message>
        <message>
            <source>New exhibition</source>
            <translation>Nueva exposición</translation>
        </message>
        <message>
            <source>{label} ({minutes} min)</source>
            <translation>{label} ({minutes} min)</translation>
        </message>
        <message>
            <source>&amp;Duplicate for next year</source>
            <translation>&amp;Duplicar para el próximo curso</translation>
        </message>
        <message>
            <source>Duplicate for next year</source>
            <translation>Duplicar para el próximo curso</translation>
        </message>
        <message>
            <source>Delete exhibition</source>
            <translation>Borrar la exposición</translation>
        </message>
        <message>
            <source>Exhibition builder</source>
            <translation>Creador de exposiciones</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Claim or driving question</source>
            <translation>Idea principal o pregunta guía</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Público</translation>
        </message>
        <message>
            <source>Time budget in minutes</source>
            <translation>Tiempo disponible en minutos</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Web address where it is online</source>
            <translation>Dirección web donde está en línea</translation>
        </message>
        <message>
            <source>For a QR code on the placards (optional)</source>
            <translation>Para un código QR en los carteles (opcional)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>Claim or driving &amp;question:</source>
            <translation>Idea principal o pre&amp;gunta guía:</translation>
        </message>
        <message>
            <source>A&amp;udience:</source>
            <translation>Pú&amp;blico:</translation>
        </message>
        <message>
            <source>Time &amp;budget:</source>
            <translation>T&amp;iempo disponible:</translation>
        </message>
        <message>
            <source>O&amp;nline at:</source>
            <translation>E&amp;n línea en:</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Estaciones</translation>
        </message>
        <message>
            <source>Stations, in the order you present them</source>
            <translation>Estaciones, en el orden en que las presentas</translation>
        </message>
        <message>
            <source>&amp;Add entry…</source>
            <translation>&amp;Añadir entrada…</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Añadir entrada</translation>
        </message>
        <message>
            <source>&amp;Remove station</source>
            <translation>&amp;Quitar estación</translation>
        </message>
        <message>
            <source>Remove station</source>
            <translation>Quitar estación</translation>
        </message>
        <message>
            <source>Move up (Alt+Up)</source>
            <translation>Subir (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move station up</source>
            <translation>Subir la estación</translation>
        </message>
        <message>
            <source>Move down (Alt+Down)</source>
            <translation>Bajar (Alt+Abajo)</translation>
        </message>
        <message>
            <source>Move station down</source>
            <translation>Bajar la estación</translation>
        </message>
        <message>
            <source>This station</source>
            <translation>Esta estación</translation>
        </message>
        <message>
            <source>Pinned draft</source>
            <translation>Borrador fijado</translation>
        </message>
        <message>
            <source>What I learned about the topic</source>
            <translation>Lo que aprendí sobre el tema</translation>
        </message>
        <message>
            <source>What I learned about myself</source>
            <translation>Lo que aprendí sobre mí</translation>
        </message>
        <message>
            <source>Talking notes</source>
            <translation>Notas para hablar</translation>
        </message>
        <message>
            <source>Time for this station in seconds</source>
            <translation>Tiempo para esta estación en segundos</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>Describe the picture (alt text)</source>
            <translation>Describe la imagen (texto alternativo)</translation>
        </message>
        <message>
            <source>Decorative (nothing to describe)</source>
            <translation>Decorativa (no hay nada que describir)</translation>
        </message>
        <message>
            <source>Decorative picture</source>
            <translation>Imagen decorativa</translation>
        </message>
        <message>
            <source>Sho&amp;ws other people</source>
            <translation>&amp;Salen otras personas</translation>
        </message>
        <message>
            <source>Picture shows other people</source>
            <translation>En la imagen salen otras personas</translation>
        </message>
        <message>
            <source>Show it to families and the public anyway</source>
            <translation>Mostrarla igualmente a familias y al público</translation>
        </message>
        <message>
            <source>Show this picture of other people to families and the public</source>
            <translation>Mostrar a familias y al público esta imagen en la que salen otras personas</translation>
        </message>
        <message>
            <source>&amp;Pinned draft:</source>
            <translation>Borrador &amp;fijado:</translation>
        </message>
        <message>
            <source>About the t&amp;opic:</source>
            <translation>Sobre el t&amp;ema:</translation>
        </message>
        <message>
            <source>About m&amp;yself:</source>
            <translation>Sobre &amp;mí:</translation>
        </message>
        <message>
            <source>Tal&amp;king notes:</source>
            <translation>&amp;Notas para hablar:</translation>
        </message>
        <message>
            <source>Ti&amp;me:</source>
            <translation>Tie&amp;mpo:</translation>
        </message>
        <message>
            <source>P&amp;icture:</source>
            <translation>Ima&amp;gen:</translation>
        </message>
        <message>
            <source>Alt te&amp;xt:</source>
            <translation>Te&amp;xto alternativo:</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>Preview of the station as the audience sees it</source>
            <translation>Vista previa de la estación tal como la ve el público</translation>
        </message>
        <message>
            <source>Ready to present? (Enter on a line goes to its fix)</source>
            <translation>¿Todo listo para presentar? (Intro en una línea lleva a lo que hay que arreglar)</translation>
        </message>
        <message>
            <source>Ready to present? checklist</source>
            <translation>Lista de «¿Todo listo para presentar?»</translation>
        </message>
        <message>
            <source>Last rehearsal against the plan</source>
            <translation>Último ensayo frente al plan</translation>
        </message>
        <message>
            <source>Last rehearsal</source>
            <translation>Último ensayo</translation>
        </message>
        <message>
            <source>What the panel said</source>
            <translation>Lo que dijo el jurado</translation>
        </message>
        <message>
            <source>What the panel said about this station</source>
            <translation>Lo que dijo el jurado sobre esta estación</translation>
        </message>
        <message>
            <source>After the exhibition</source>
            <translation>Después de la exposición</translation>
        </message>
        <message>
            <source>Your reflection after the exhibition</source>
            <translation>Tu reflexión después de la exposición</translation>
        </message>
        <message>
            <source>Keep my &amp;reflection</source>
            <translation>Guardar mi &amp;reflexión</translation>
        </message>
        <message>
            <source>Keep my reflection</source>
            <translation>Guardar mi reflexión</translation>
        </message>
        <message>
            <source>Re&amp;hearse</source>
            <translation>&amp;Ensayar</translation>
        </message>
        <message>
            <source>Rehearse</source>
            <translation>Ensayar</translation>
        </message>
        <message>
            <source>Pre&amp;sent</source>
            <translation>&amp;Presentar</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presentar</translation>
        </message>
        <message>
            <source>Export for which audience</source>
            <translation>Exportar para qué público</translation>
        </message>
        <message>
            <source>Export pa&amp;ge…</source>
            <translation>Exportar pá&amp;gina…</translation>
        </message>
        <message>
            <source>Export page</source>
            <translation>Exportar página</translation>
        </message>
        <message>
            <source>Export PD&amp;F…</source>
            <translation>Exportar P&amp;DF…</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Exportar PDF</translation>
        </message>
        <message>
            <source>Export pla&amp;cards…</source>
            <translation>Exportar &amp;carteles…</translation>
        </message>
        <message>
            <source>Export placards</source>
            <translation>Exportar carteles</translation>
        </message>
        <message>
            <source>Export exhibition as a page…</source>
            <translation>Exportar la exposición como página…</translation>
        </message>
        <message>
            <source>Export exhibition as a PDF…</source>
            <translation>Exportar la exposición como PDF…</translation>
        </message>
        <message>
            <source>Export exhibition placards…</source>
            <translation>Exportar los carteles de la exposición…</translation>
        </message>
        <message>
            <source>{title} · {count} stations</source>
            <translation>{title} · {count} estaciones</translation>
        </message>
        <message>
            <source>Ready to present: nothing is missing.</source>
            <translation>Listo para presentar: no falta nada.</translation>
        </message>
        <message>
            <source>{number}. {label} ({time})</source>
            <translation>{number}. {label} ({time})</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Entrada sin título</translation>
        </message>
        <message>
            <source> · draft {seq}</source>
            <translation> · borrador {seq}</translation>
        </message>
        <message>
            <source>Draft {seq} ({when}): {note}</source>
            <translation>Borrador {seq} ({when}): {note}</translation>
        </message>
        <message>
            <source>no change note</source>
            <translation>sin nota de cambios</translation>
        </message>
        <message>
            <source>The panel</source>
            <translation>El jurado</translation>
        </message>
        <message>
            <source>Wow ({who}): {text}</source>
            <translation>¡Qué bien! ({who}): {text}</translation>
        </message>
        <message>
            <source>Wonder ({who}): {text}</source>
            <translation>Me pregunto ({who}): {text}</translation>
        </message>
        <message>
            <source>Question asked: {text}</source>
            <translation>Pregunta que te hicieron: {text}</translation>
        </message>
        <message>
            <source>{criterion}: {level} of 4, {words}</source>
            <translation>{criterion}: {level} de 4, {words}</translation>
        </message>
        <message>
            <source>a goal</source>
            <translation>una meta</translation>
        </message>
        <message>
            <source>Kept. Add &amp;another reflection</source>
            <translation>Guardada. Añadir &amp;otra reflexión</translation>
        </message>
        <message>
            <source>Choose a station to see it as the audience will.</source>
            <translation>Elige una estación para verla como la verá el público.</translation>
        </message>
        <message>
            <source>This station stays out of exports; the checklist says why.</source>
            <translation>Esta estación no sale en lo que exportes; la lista explica por qué.</translation>
        </message>
        <message>
            <source>My exhibition</source>
            <translation>Mi exposición</translation>
        </message>
        <message>
            <source>Delete “{title}”? Its entries stay in your journal; Edit → Undo brings the exhibition back.</source>
            <translation>¿Borrar «{title}»? Sus entradas se quedan en tu diario; Editar → Deshacer recupera la exposición.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>What the audience will see</source>
            <translation>Lo que verá el público</translation>
        </message>
        <message>
            <source>{number}. {label}: {spent} spent, {planned} planned</source>
            <translation>{number}. {label}: {spent} usado, {planned} previsto</translation>
        </message>
        <message>
            <source> (over by {time})</source>
            <translation> (te pasas {time})</translation>
        </message>
        <message>
            <source>Altogether: {spent} of {budget}</source>
            <translation>En total: {spent} de {budget}</translation>
        </message>
        <message>
            <source>Your name, as it will appear: {name}</source>
            <translation>Tu nombre, tal como aparecerá: {name}</translation>
        </message>
        <message>
            <source>Title: {title}</source>
            <translation>Título: {title}</translation>
        </message>
        <message>
            <source>Claim: {claim}</source>
            <translation>Idea principal: {claim}</translation>
        </message>
        <message>
            <source>Web address (on placards): {url}</source>
            <translation>Dirección web (en los carteles): {url}</translation>
        </message>
        <message>
            <source>Station {n}: {title}</source>
            <translation>Estación {n}: {title}</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Draft {seq}, with its text</source>
            <translation>Borrador {seq}, con su texto</translation>
        </message>
        <message>
            <source>What I changed and why: {note}</source>
            <translation>Qué cambié y por qué: {note}</translation>
        </message>
        <message>
            <source>Growth strip, draft {seq}: {note}</source>
            <translation>Tira de crecimiento, borrador {seq}: {note}</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(sin nota)</translation>
        </message>
        <message>
            <source>About the topic: {text}</source>
            <translation>Sobre el tema: {text}</translation>
        </message>
        <message>
            <source>About myself: {text}</source>
            <translation>Sobre mí: {text}</translation>
        </message>
        <message>
            <source>Goal criterion: {text}</source>
            <translation>Criterio de la meta: {text}</translation>
        </message>
        <message>
            <source>Picture {name} ({alt}), without its location and camera details</source>
            <translation>Imagen {name} ({alt}), sin su ubicación ni los datos de la cámara</translation>
        </message>
        <message>
            <source>decorative</source>
            <translation>decorativa</translation>
        </message>
        <message>
            <source>Staying with you:</source>
            <translation>Se queda contigo:</translation>
        </message>
        <message>
            <source>your talking notes, times and rehearsals</source>
            <translation>tus notas para hablar, tus tiempos y tus ensayos</translation>
        </message>
        <message>
            <source>every entry, draft and picture that is not listed above</source>
            <translation>cada entrada, borrador e imagen que no aparece arriba</translation>
        </message>
        <message>
            <source>What will leave</source>
            <translation>Lo que va a salir</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Exhibition page (*.exhibition.html)</source>
            <translation>Página de exposición (*.exhibition.html)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the exhibition</source>
            <translation>Guardar la exposición</translation>
        </message>
        <message>
            <source>Writing the exhibition…</source>
            <translation>Escribiendo la exposición…</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export my portfolio</source>
            <translation>Exportar mi portafolio</translation>
        </message>
        <message>
            <source>Before anything leaves this computer, here is exactly what your portfolio will hold. Private entries stay here unless you tick the box.</source>
            <translation>Antes de que nada salga de este ordenador, aquí tienes exactamente lo que tendrá tu portafolio. Las entradas privadas se quedan aquí salvo que marques la casilla.</translation>
        </message>
        <message>
            <source>Include my &amp;private entries in this export</source>
            <translation>Incluir mis entradas &amp;privadas en esta exportación</translation>
        </message>
        <message>
            <source>Include my private entries in this export</source>
            <translation>Incluir mis entradas privadas en esta exportación</translation>
        </message>
        <message>
            <source>Which versions of each entry</source>
            <translation>Qué versiones de cada entrada</translation>
        </message>
        <message>
            <source>Every version of each entry</source>
            <translation>Todas las versiones de cada entrada</translation>
        </message>
        <message>
            <source>Only the first and the latest version</source>
            <translation>Solo la primera y la última versión</translation>
        </message>
        <message>
            <source>How your name appears</source>
            <translation>Cómo aparece tu nombre</translation>
        </message>
        <message>
            <source>My full name</source>
            <translation>Mi nombre completo</translation>
        </message>
        <message>
            <source>My first name and the initial of my last name</source>
            <translation>Mi nombre y la inicial de mi apellido</translation>
        </message>
        <message>
            <source>Keep camera details and &amp;location in photos</source>
            <translation>Conservar los datos de la cámara y la &amp;ubicación de las fotos</translation>
        </message>
        <message>
            <source>Keep camera details and location in photos</source>
            <translation>Conservar los datos de la cámara y la ubicación de las fotos</translation>
        </message>
        <message>
            <source>Photos usually carry the camera, the time and often where they were taken. Unless you tick this, they leave without it.</source>
            <translation>Las fotos suelen guardar qué cámara se usó, la hora y muchas veces el lugar donde se hicieron. Si no marcas esta casilla, salen sin esos datos.</translation>
        </message>
        <message>
            <source>Kind of file</source>
            <translation>Tipo de archivo</translation>
        </message>
        <message>
            <source>Portfolio file (.portfolio.zip) for a teacher or a new computer</source>
            <translation>Archivo de portafolio (.portfolio.zip) para un profe o para otro ordenador</translation>
        </message>
        <message>
            <source>Web pages in a folder</source>
            <translation>Páginas web en una carpeta</translation>
        </message>
        <message>
            <source>PDF to print or share</source>
            <translation>PDF para imprimir o compartir</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>&amp;Versions:</source>
            <translation>&amp;Versiones:</translation>
        </message>
        <message>
            <source>&amp;Kind of file:</source>
            <translation>&amp;Tipo de archivo:</translation>
        </message>
        <message>
            <source>Paper si&amp;ze:</source>
            <translation>Tamaño del pa&amp;pel:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Tu &amp;nombre:</translation>
        </message>
        <message>
            <source>What will leave this computer</source>
            <translation>Lo que va a salir de este ordenador</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>The whole text of what is selected</source>
            <translation>El texto completo de lo que has elegido</translation>
        </message>
        <message>
            <source>Select something in the list to read everything of it that will leave.</source>
            <translation>Elige algo de la lista para leer completo todo lo que va a salir.</translation>
        </message>
        <message>
            <source>Export status</source>
            <translation>Estado de la exportación</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Choose where to save, then write the portfolio</source>
            <translation>Elige dónde guardarlo y luego se escribirá el portafolio</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Reading your journal…</source>
            <translation>Leyendo tu diario…</translation>
        </message>
        <message>
            <source>Your journal couldn't be read</source>
            <translation>No se pudo leer tu diario</translation>
        </message>
        <message>
            <source>%1, will leave</source>
            <translation>%1, saldrá</translation>
        </message>
        <message>
            <source>%1, stays on this computer</source>
            <translation>%1, se queda en este ordenador</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Entrada sin título</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>nombre completo</translation>
        </message>
        <message>
            <source>first name and last initial</source>
            <translation>nombre e inicial del apellido</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <source>(no name: the portfolio will say “A student”)</source>
            <translation>(sin nombre: el portafolio dirá «Un estudiante»)</translation>
        </message>
        <message>
            <source>My learning profile</source>
            <translation>Mi perfil de aprendizaje</translation>
        </message>
        <message numerus="yes">
            <source>statement and %n earlier version(s)</source>
            <translation>
                <numerusform>el texto y %n versión anterior</numerusform>
                <numerusform>el texto y %n versiones anteriores</numerusform>
            </translation>
        </message>
        <message>
            <source>no statement written yet</source>
            <translation>todavía no has escrito nada</translation>
        </message>
        <message>
            <source>how I learn best</source>
            <translation>cómo aprendo mejor</translation>
        </message>
        <message>
            <source>earlier version, %1</source>
            <translation>versión anterior, %1</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>%1 of %2 will leave</source>
            <translation>Saldrán %1 de %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n version(s)</source>
            <translation>
                <numerusform>%1 de %n versión</numerusform>
                <numerusform>%1 de %n versiones</numerusform>
            </translation>
        </message>
        <message>
            <source>private, included this time</source>
            <translation>privada, incluida esta vez</translation>
        </message>
        <message>
            <source>Draft %1</source>
            <translation>Borrador %1</translation>
        </message>
        <message>
            <source>private, stays on this computer</source>
            <translation>privada, se queda en este ordenador</translation>
        </message>
        <message>
            <source>every version</source>
            <translation>todas las versiones</translation>
        </message>
        <message>
            <source>first and latest only</source>
            <translation>solo la primera y la última</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <source>%1 of %2 (%3)</source>
            <translation>%1 de %2 (%3)</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Metas</translation>
        </message>
        <message>
            <source>Untitled goal</source>
            <translation>Meta sin título</translation>
        </message>
        <message>
            <source>success criterion</source>
            <translation>criterio de éxito</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflexiones</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexión</translation>
        </message>
        <message>
            <source>about something private, stays on this computer</source>
            <translation>sobre algo privado, se queda en este ordenador</translation>
        </message>
        <message>
            <source>Feedback you were given</source>
            <translation>Comentarios que te han hecho</translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s)</source>
            <translation>
                <numerusform>%n comentario</numerusform>
                <numerusform>%n comentarios</numerusform>
            </translation>
        </message>
        <message>
            <source>a reviewer</source>
            <translation>un revisor</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Archivos adjuntos</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n archivo</numerusform>
                <numerusform>%n archivos</numerusform>
            </translation>
        </message>
        <message>
            <source>camera details and location kept</source>
            <translation>con los datos de la cámara y la ubicación</translation>
        </message>
        <message>
            <source>camera details and location removed</source>
            <translation>sin los datos de la cámara ni la ubicación</translation>
        </message>
        <message>
            <source>In: %1</source>
            <translation>En: %1</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>Files left out</source>
            <translation>Archivos que se quedan fuera</translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) are missing from your journal folder</source>
            <translation>
                <numerusform>Falta %n archivo adjunto en la carpeta de tu diario</numerusform>
                <numerusform>Faltan %n archivos adjuntos en la carpeta de tu diario</numerusform>
            </translation>
        </message>
        <message>
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n versión</numerusform>
                <numerusform>%n versiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n meta</numerusform>
                <numerusform>%n metas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reflection(s)</source>
            <translation>
                <numerusform>%n reflexión</numerusform>
                <numerusform>%n reflexiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s)</source>
            <translation>
                <numerusform>%n archivo adjunto</numerusform>
                <numerusform>%n archivos adjuntos</numerusform>
            </translation>
        </message>
        <message>
            <source>Leaving: %1 with %2, %3, %4 and %5 (%6).</source>
            <translation>Sale: %1 con %2, %3, %4 y %5 (%6).</translation>
        </message>
        <message numerus="yes">
            <source>Also your name, your learning profile and %n comment(s).</source>
            <translation>
                <numerusform>También tu nombre, tu perfil de aprendizaje y %n comentario.</numerusform>
                <numerusform>También tu nombre, tu perfil de aprendizaje y %n comentarios.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the kind of file, then press Export.</source>
            <translation>Elige el tipo de archivo y pulsa Exportar.</translation>
        </message>
        <message numerus="yes">
            <source>%n private entry(s)</source>
            <translation>
                <numerusform>%n entrada privada</numerusform>
                <numerusform>%n entradas privadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n private goal(s)</source>
            <translation>
                <numerusform>%n meta privada</numerusform>
                <numerusform>%n metas privadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reflection(s) about private things</source>
            <translation>
                <numerusform>%n reflexión sobre cosas privadas</numerusform>
                <numerusform>%n reflexiones sobre cosas privadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s) on private things</source>
            <translation>
                <numerusform>%n comentario sobre cosas privadas</numerusform>
                <numerusform>%n comentarios sobre cosas privadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) in the trash</source>
            <translation>
                <numerusform>%n entrada en la papelera</numerusform>
                <numerusform>%n entradas en la papelera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older version(s) not chosen</source>
            <translation>
                <numerusform>%n versión anterior que no elegiste</numerusform>
                <numerusform>%n versiones anteriores que no elegiste</numerusform>
            </translation>
        </message>
        <message>
            <source>your full name</source>
            <translation>tu nombre completo</translation>
        </message>
        <message>
            <source>Staying on this computer: nothing else; everything in your journal is in this export.</source>
            <translation>Se queda en este ordenador: nada más; todo lo que hay en tu diario va en esta exportación.</translation>
        </message>
        <message>
            <source>Staying on this computer: %1.</source>
            <translation>Se queda en este ordenador: %1.</translation>
        </message>
        <message>
            <source>where: %1</source>
            <translation>dónde: %1</translation>
        </message>
        <message>
            <source>with: %1</source>
            <translation>con quién: %1</translation>
        </message>
        <message>
            <source>how: %1</source>
            <translation>cómo: %1</translation>
        </message>
        <message>
            <source>when: %1</source>
            <translation>cuándo: %1</translation>
        </message>
        <message>
            <source>energy %1 of 5</source>
            <translation>energía %1 de 5</translation>
        </message>
        <message>
            <source>went well %1 of 5</source>
            <translation>cómo fue %1 de 5</translation>
        </message>
        <message>
            <source>Why it matters to me</source>
            <translation>Por qué me importa</translation>
        </message>
        <message>
            <source>The task</source>
            <translation>La tarea</translation>
        </message>
        <message>
            <source>Key criteria of the task</source>
            <translation>Criterios clave de la tarea</translation>
        </message>
        <message>
            <source>Made together with</source>
            <translation>Lo hice junto con</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>label: text</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Portfolio files (*%1)</source>
            <translation>Archivos de portafolio (*%1)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save your portfolio</source>
            <translation>Guardar tu portafolio</translation>
        </message>
        <message>
            <source>Writing your portfolio to %1…</source>
            <translation>Escribiendo tu portafolio en %1…</translation>
        </message>
        <message>
            <source>Writing your portfolio…</source>
            <translation>Escribiendo tu portafolio…</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Exportando</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
        <message>
            <source>Saved your portfolio to %1 (%2).</source>
            <translation>Tu portafolio se guardó en %1 (%2).</translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) were missing and left out; 'journal check' says why.</source>
            <translation>
                <numerusform>Faltaba %n archivo adjunto y se quedó fuera; 'journal check' explica por qué.</numerusform>
                <numerusform>Faltaban %n archivos adjuntos y se quedaron fuera; 'journal check' explica por qué.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
        </message>
        <message>
            <source>Something went wrong while writing the portfolio (%1); no file was written.</source>
            <translation>Algo salió mal al escribir el portafolio (%1); no se escribió ningún archivo.</translation>
        </message>
        <message>
            <source>Your portfolio wasn't exported</source>
            <translation>Tu portafolio no se exportó</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>an untitled entry</source>
            <translation>una entrada sin título</translation>
        </message>
        <message>
            <source>something no longer in this journal</source>
            <translation>algo que ya no está en este diario</translation>
        </message>
        <message>
            <source>the entry %1</source>
            <translation>la entrada %1</translation>
        </message>
        <message>
            <source>version %1 of %2 (%3)</source>
            <translation>la versión %1 de %2 (%3)</translation>
        </message>
        <message>
            <source>the goal %1</source>
            <translation>la meta %1</translation>
        </message>
        <message>
            <source>without a title</source>
            <translation>sin título</translation>
        </message>
        <message>
            <source>the success criterion %1</source>
            <translation>el criterio de éxito %1</translation>
        </message>
        <message>
            <source>the checkpoint %1 (%2)</source>
            <translation>el punto de control %1 (%2)</translation>
        </message>
        <message>
            <source>This entry: %1</source>
            <translation>Esta entrada: %1</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation>sin título</translation>
        </message>
        <message>
            <source>Version %1, %2</source>
            <translation>Versión %1, %2</translation>
        </message>
        <message>
            <source>%1 (latest)</source>
            <translation>%1 (la última)</translation>
        </message>
        <message>
            <source>This goal: %1</source>
            <translation>Esta meta: %1</translation>
        </message>
        <message>
            <source>Success criterion: %1</source>
            <translation>Criterio de éxito: %1</translation>
        </message>
        <message>
            <source>Checkpoint: %1 (%2)</source>
            <translation>Punto de control: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search my journal…</source>
            <translation>Buscar en mi diario…</translation>
        </message>
        <message>
            <source>Search entries</source>
            <translation>Buscar entradas</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtros</translation>
        </message>
        <message>
            <source>Show filters</source>
            <translation>Mostrar filtros</translation>
        </message>
        <message>
            <source>Show or hide the filters</source>
            <translation>Mostrar u ocultar los filtros</translation>
        </message>
        <message>
            <source>Filter by attribute</source>
            <translation>Filtrar por atributo</translation>
        </message>
        <message>
            <source>Any attribute</source>
            <translation>Cualquier atributo</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>Filtrar por etiqueta</translation>
        </message>
        <message>
            <source>Filter by goal</source>
            <translation>Filtrar por meta</translation>
        </message>
        <message>
            <source>Between</source>
            <translation>Entre</translation>
        </message>
        <message>
            <source>Filter by date</source>
            <translation>Filtrar por fecha</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Sort entries</source>
            <translation>Ordenar entradas</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Las más nuevas primero</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Las más antiguas primero</translation>
        </message>
        <message>
            <source>Recently changed</source>
            <translation>Cambiadas hace poco</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>Por título</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>Las que más se parecen</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Cualquier etiqueta</translation>
        </message>
        <message>
            <source>Any goal</source>
            <translation>Cualquier meta</translation>
        </message>
        <message>
            <source>Untitled goal</source>
            <translation>Meta sin título</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>%1, %2</source>
            <comment>date, time</comment>
            <translation>%1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalListModel</name>
        <message>
            <source>A goal without a challenge yet</source>
            <translation>Una meta que aún no tiene reto</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n step(s) done</source>
            <translation>
                <numerusform>%1 de %n paso hecho</numerusform>
                <numerusform>%1 de %n pasos hechos</numerusform>
            </translation>
        </message>
        <message>
            <source>next checkpoint %1</source>
            <translation>próximo punto de control %1</translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of evidence</source>
            <translation>
                <numerusform>%n prueba</numerusform>
                <numerusform>%n pruebas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalPage</name>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>← All goals</source>
            <translation>← Todas las metas</translation>
        </message>
        <message>
            <source>Back to all goals</source>
            <translation>Volver a todas las metas</translation>
        </message>
        <message>
            <source>Goal status</source>
            <translation>Estado de la meta</translation>
        </message>
        <message>
            <source>&amp;Edit steps…</source>
            <translation>&amp;Editar pasos…</translation>
        </message>
        <message>
            <source>Edit the goal's steps</source>
            <translation>Editar los pasos de la meta</translation>
        </message>
        <message>
            <source>&amp;Fill in</source>
            <translation>&amp;Completar</translation>
        </message>
        <message>
            <source>Fill in the empty steps</source>
            <translation>Completar los pasos vacíos</translation>
        </message>
        <message>
            <source>Success criteria</source>
            <translation>Criterios de éxito</translation>
        </message>
        <message>
            <source>Remove criterion</source>
            <translation>Quitar criterio</translation>
        </message>
        <message>
            <source>Remove the success criterion</source>
            <translation>Quitar el criterio de éxito</translation>
        </message>
        <message>
            <source>&amp;Delete goal…</source>
            <translation>&amp;Borrar meta…</translation>
        </message>
        <message>
            <source>Delete this goal</source>
            <translation>Borrar esta meta</translation>
        </message>
        <message>
            <source>My plan</source>
            <translation>Mi plan</translation>
        </message>
        <message>
            <source>New step of my plan</source>
            <translation>Nuevo paso de mi plan</translation>
        </message>
        <message>
            <source>Add a step to my plan…</source>
            <translation>Añade un paso a mi plan…</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Añadir paso</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Quitar paso</translation>
        </message>
        <message>
            <source>Checkpoints</source>
            <translation>Puntos de control</translation>
        </message>
        <message>
            <source>&amp;Check in…</source>
            <translation>&amp;Revisar avance…</translation>
        </message>
        <message>
            <source>Check in at this checkpoint</source>
            <translation>Revisar el avance en este punto de control</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>&amp;Link an entry…</source>
            <translation>&amp;Unir una entrada…</translation>
        </message>
        <message>
            <source>Link an entry as evidence</source>
            <translation>Unir una entrada como prueba</translation>
        </message>
        <message>
            <source>&amp;Open entry</source>
            <translation>&amp;Abrir entrada</translation>
        </message>
        <message>
            <source>Open the evidence entry</source>
            <translation>Abrir la entrada que sirve de prueba</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Separar</translation>
        </message>
        <message>
            <source>Unlink the evidence</source>
            <translation>Separar la prueba</translation>
        </message>
        <message>
            <source>Reflections about this goal</source>
            <translation>Reflexiones sobre esta meta</translation>
        </message>
        <message>
            <source>Look &amp;back on this goal…</source>
            <translation>Mirar &amp;atrás en esta meta…</translation>
        </message>
        <message>
            <source>Look back on this goal</source>
            <translation>Mirar atrás en esta meta</translation>
        </message>
        <message>
            <source>Why it matters to me</source>
            <translation>Por qué me importa</translation>
        </message>
        <message>
            <source>How I'll know I've got there</source>
            <translation>Cómo sabré que lo he logrado</translation>
        </message>
        <message>
            <source>What I'll make or do</source>
            <translation>Qué voy a hacer o crear</translation>
        </message>
        <message>
            <source>Evidence, in time order</source>
            <translation>Pruebas, por orden de fecha</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflexiones</translation>
        </message>
        <message>
            <source>Planned with</source>
            <translation>Planificada con</translation>
        </message>
        <message>
            <source>A goal without a challenge yet</source>
            <translation>Una meta que aún no tiene reto</translation>
        </message>
        <message>
            <source>Started %1</source>
            <translation>Empezada el %1</translation>
        </message>
        <message>
            <source>aiming for %1</source>
            <translation>con fecha objetivo %1</translation>
        </message>
        <message>
            <source>Still to fill in when you're ready: %1.</source>
            <translation>Para completar cuando quieras: %1.</translation>
        </message>
        <message>
            <source>Not written yet.</source>
            <translation>Aún no está escrito.</translation>
        </message>
        <message>
            <source>Not decided yet.</source>
            <translation>Aún no está decidido.</translation>
        </message>
        <message>
            <source>What makes it good: %1</source>
            <translation>Qué lo hace bueno: %1</translation>
        </message>
        <message>
            <source>Who will see it: %1</source>
            <translation>Quién lo verá: %1</translation>
        </message>
        <message>
            <source>%1 (suggested by %2)</source>
            <translation>%1 (lo sugirió %2)</translation>
        </message>
        <message>
            <source>Last check-in: %1</source>
            <translation>Último avance: %1</translation>
        </message>
        <message>
            <source>No success criteria yet.</source>
            <translation>Aún no hay criterios de éxito.</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Punto de control</translation>
        </message>
        <message>
            <source>No checkpoints yet.</source>
            <translation>Aún no hay puntos de control.</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Entrada sin título</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>versión %1</translation>
        </message>
        <message>
            <source>Shows: %1</source>
            <translation>Muestra: %1</translation>
        </message>
        <message>
            <source>(in the trash)</source>
            <translation>(en la papelera)</translation>
        </message>
        <message>
            <source>No evidence linked yet.</source>
            <translation>Aún no hay pruebas unidas.</translation>
        </message>
        <message>
            <source>No reflections yet.</source>
            <translation>Aún no hay reflexiones.</translation>
        </message>
        <message>
            <source>the challenge</source>
            <translation>el reto</translation>
        </message>
        <message>
            <source>why it matters</source>
            <translation>por qué importa</translation>
        </message>
        <message>
            <source>the task</source>
            <translation>la tarea</translation>
        </message>
        <message>
            <source>who I planned it with</source>
            <translation>con quién lo planifiqué</translation>
        </message>
        <message>
            <source>success criteria</source>
            <translation>los criterios de éxito</translation>
        </message>
        <message>
            <source>the plan</source>
            <translation>el plan</translation>
        </message>
        <message>
            <source>checkpoints</source>
            <translation>los puntos de control</translation>
        </message>
        <message>
            <source>&amp;Check in again…</source>
            <translation>&amp;Revisar avance de nuevo…</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Borrar meta</translation>
        </message>
        <message>
            <source>Delete this goal with its plan, checkpoints and ratings? The entries linked as evidence and your reflections stay in your journal.</source>
            <translation>¿Borrar esta meta con su plan, sus puntos de control y sus puntuaciones? Las entradas unidas como prueba y tus reflexiones se quedan en tu diario.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Unlink evidence</source>
            <translation>Separar la prueba</translation>
        </message>
        <message>
            <source>Unlink this entry from the goal? The entry itself stays in your journal.</source>
            <translation>¿Separar esta entrada de la meta? La entrada se queda en tu diario.</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Separar</translation>
        </message>
    </context>
    <context>
        <name>GoalWizard</name>
        <message>
            <source>Plan a goal</source>
            <translation>Planificar una meta</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Editar meta</translation>
        </message>
        <message>
            <source>&amp;Save goal</source>
            <translation>&amp;Guardar meta</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>You can skip this step and come back to it later.</source>
            <translation>Puedes saltarte este paso y volver a él más tarde.</translation>
        </message>
        <message>
            <source>My challenge, question or idea</source>
            <translation>Mi reto, pregunta o idea</translation>
        </message>
        <message>
            <source>e.g. Can I build a bridge that holds 1 kg?</source>
            <translation>p. ej. ¿Puedo construir un puente que aguante 1 kg?</translation>
        </message>
        <message>
            <source>What do I want to find out, make or get better at?</source>
            <translation>¿Qué quiero descubrir, crear o hacer mejor?</translation>
        </message>
        <message>
            <source>A question works well: it gives me something to find out.</source>
            <translation>Una pregunta funciona bien: me da algo que descubrir.</translation>
        </message>
        <message>
            <source>Why it matters to me</source>
            <translation>Por qué me importa</translation>
        </message>
        <message>
            <source>Because…</source>
            <translation>Porque…</translation>
        </message>
        <message>
            <source>Why do I care about this? What will it change for me?</source>
            <translation>¿Por qué me interesa? ¿Qué cambiará para mí?</translation>
        </message>
        <message>
            <source>How I'll know I've got there</source>
            <translation>Cómo sabré que lo he logrado</translation>
        </message>
        <message>
            <source>New success criterion</source>
            <translation>Nuevo criterio de éxito</translation>
        </message>
        <message>
            <source>e.g. I can explain my results clearly</source>
            <translation>p. ej. Sé explicar mis resultados con claridad</translation>
        </message>
        <message>
            <source>Who suggested it</source>
            <translation>Quién lo sugirió</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Add success criterion</source>
            <translation>Añadir criterio de éxito</translation>
        </message>
        <message>
            <source>Success criteria</source>
            <translation>Criterios de éxito</translation>
        </message>
        <message>
            <source>%1 (suggested by %2)</source>
            <translation>%1 (lo sugirió %2)</translation>
        </message>
        <message>
            <source>suggested by</source>
            <translation>lo sugirió</translation>
        </message>
        <message>
            <source>What will be measured? Each one can come from me, my teacher or a classmate.</source>
            <translation>¿Qué se va a medir? Cada criterio puede venir de mí, de mi profe o de un compañero.</translation>
        </message>
        <message>
            <source>What I'll make or do to show it</source>
            <translation>Qué voy a hacer o crear para demostrarlo</translation>
        </message>
        <message>
            <source>The task</source>
            <translation>La tarea</translation>
        </message>
        <message>
            <source>e.g. a two-minute video, a model, a talk</source>
            <translation>p. ej. un vídeo de dos minutos, una maqueta, una charla</translation>
        </message>
        <message>
            <source>What makes it good</source>
            <translation>Qué lo hace bueno</translation>
        </message>
        <message>
            <source>What will make it really good?</source>
            <translation>¿Qué lo hará realmente bueno?</translation>
        </message>
        <message>
            <source>Audience: %1</source>
            <translation>Público: %1</translation>
        </message>
        <message>
            <source>The &amp;task:</source>
            <translation>La &amp;tarea:</translation>
        </message>
        <message>
            <source>What makes it &amp;good:</source>
            <translation>Qué lo hace &amp;bueno:</translation>
        </message>
        <message>
            <source>Who will see it:</source>
            <translation>Quién lo verá:</translation>
        </message>
        <message>
            <source>My plan</source>
            <translation>Mi plan</translation>
        </message>
        <message>
            <source>New step of my plan</source>
            <translation>Nuevo paso de mi plan</translation>
        </message>
        <message>
            <source>e.g. Read two articles about bridges</source>
            <translation>p. ej. Leer dos artículos sobre puentes</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Añadir paso</translation>
        </message>
        <message>
            <source>Steps of my plan</source>
            <translation>Pasos de mi plan</translation>
        </message>
        <message>
            <source>What will I do, step by step? I'll tick them off as I go.</source>
            <translation>¿Qué haré, paso a paso? Los iré marcando a medida que avance.</translation>
        </message>
        <message>
            <source>Checkpoints</source>
            <translation>Puntos de control</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>I'm aiming to finish by</source>
            <translation>Quiero terminar para el</translation>
        </message>
        <message>
            <source>Set a target date</source>
            <translation>Poner una fecha objetivo</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Fecha objetivo</translation>
        </message>
        <message>
            <source>Checkpoint name</source>
            <translation>Nombre del punto de control</translation>
        </message>
        <message>
            <source>e.g. First draft done</source>
            <translation>p. ej. Primer borrador terminado</translation>
        </message>
        <message>
            <source>Checkpoint date</source>
            <translation>Fecha del punto de control</translation>
        </message>
        <message>
            <source>Add checkpoint</source>
            <translation>Añadir punto de control</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Punto de control</translation>
        </message>
        <message>
            <source>&amp;Starting</source>
            <translation>&amp;Empiezo el</translation>
        </message>
        <message>
            <source>When will I stop and check how it's going? I'll rate my progress then.</source>
            <translation>¿Cuándo pararé a revisar cómo va? Entonces puntuaré mi avance.</translation>
        </message>
        <message>
            <source>Who I planned it with</source>
            <translation>Con quién lo planifiqué</translation>
        </message>
        <message>
            <source>e.g. Ms Okafor and my group</source>
            <translation>p. ej. la profesora Okafor y mi grupo</translation>
        </message>
        <message>
            <source>Who helped me shape this goal?</source>
            <translation>¿Quién me ayudó a dar forma a esta meta?</translation>
        </message>
        <message>
            <source>Press Save goal when you're ready. Empty steps can be filled in later.</source>
            <translation>Pulsa Guardar meta cuando estés listo. Los pasos vacíos se pueden completar más tarde.</translation>
        </message>
        <message>
            <source>Your goal isn't saved</source>
            <translation>Tu meta no está guardada</translation>
        </message>
        <message>
            <source>You've written part of this goal but haven't saved it. If you close now, what you wrote here is lost. Keep working on it?</source>
            <translation>Has escrito parte de esta meta, pero no la has guardado. Si cierras ahora, se pierde lo que escribiste aquí. ¿Quieres seguir con ella?</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Cerrar sin guardar</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Seguir trabajando</translation>
        </message>
    </context>
    <context>
        <name>GoalsListWidget</name>
        <message>
            <source>My goals</source>
            <translation>Mis metas</translation>
        </message>
        <message>
            <source>&amp;New goal…</source>
            <translation>&amp;Nueva meta…</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Nueva meta</translation>
        </message>
        <message>
            <source>Goal status</source>
            <translation>Estado de la meta</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Metas</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>status, number of goals</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No goals here yet. A goal starts with a challenge, a question or an idea; press New goal to plan one, step by step.</source>
            <translation>Todavía no hay metas aquí. Una meta empieza con un reto, una pregunta o una idea; pulsa Nueva meta para planificarla paso a paso.</translation>
        </message>
        <message>
            <source>No goals here.</source>
            <translation>No hay metas aquí.</translation>
        </message>
    </context>
    <context>
        <name>GoalsPage</name>
        <message>
            <source>Goals</source>
            <translation>Metas</translation>
        </message>
    </context>
    <context>
        <name>GrowthView</name>
        <message>
            <source>How this entry grew</source>
            <translation>Cómo creció esta entrada</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Borradores</translation>
        </message>
        <message>
            <source>Tick two drafts to compare them side by side.</source>
            <translation>Marca dos borradores para compararlos uno al lado del otro.</translation>
        </message>
        <message>
            <source>&amp;Compare the two drafts</source>
            <translation>&amp;Comparar los dos borradores</translation>
        </message>
        <message>
            <source>Compare the two ticked drafts</source>
            <translation>Comparar los dos borradores marcados</translation>
        </message>
        <message>
            <source>Choose an entry to see how it grew.</source>
            <translation>Elige una entrada para ver cómo creció.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>No drafts saved yet.</source>
            <translation>Aún no hay borradores guardados.</translation>
        </message>
        <message>
            <source>Drafts: {count} · words: {first} → {last}</source>
            <translation>Borradores: {count} · palabras: {first} → {last}</translation>
        </message>
        <message numerus="yes">
            <source>over %n day(s) (%1 – %2)</source>
            <translation>
                <numerusform>en %n día (%1 – %2)</numerusform>
                <numerusform>en %n días (%1 – %2)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is missing from the journal folder.</source>
            <translation>{name} no está en la carpeta del diario.</translation>
        </message>
        <message>
            <source>Ready to compare.</source>
            <translation>Listo para comparar.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guía de uso</translation>
        </message>
        <message>
            <source>Open the Learning Journal user guide</source>
            <translation>Abrir la guía de uso de Learning Journal</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>A&amp;tajos de teclado</translation>
        </message>
        <message>
            <source>See every keyboard shortcut of this window</source>
            <translation>Ver todos los atajos de teclado de esta ventana</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Files Learning Journal can import (*.feedback.json *.portfolio.zip *.zip *.json *.txt);;All files (*)</source>
            <translation>Archivos que Learning Journal puede importar (*.feedback.json *.portfolio.zip *.zip *.json *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>Importar un archivo</translation>
        </message>
        <message>
            <source>Importing %1</source>
            <translation>Importando %1</translation>
        </message>
        <message>
            <source>What kind of file it is</source>
            <translation>Qué tipo de archivo es</translation>
        </message>
        <message>
            <source>Find out from the file</source>
            <translation>Averiguarlo a partir del archivo</translation>
        </message>
        <message>
            <source>Feedback from a teacher (.feedback.json)</source>
            <translation>Comentarios de un profe (.feedback.json)</translation>
        </message>
        <message>
            <source>A portfolio file (.portfolio.zip)</source>
            <translation>Un archivo de portafolio (.portfolio.zip)</translation>
        </message>
        <message>
            <source>A jrnl journal (text or JSON)</source>
            <translation>Un diario de jrnl (texto o JSON)</translation>
        </message>
        <message>
            <source>A Day One export (.zip)</source>
            <translation>Una exportación de Day One (.zip)</translation>
        </message>
        <message>
            <source>A teacher's prompt pack</source>
            <translation>Un paquete de preguntas de un profe</translation>
        </message>
        <message>
            <source>&amp;Kind of file:</source>
            <translation>&amp;Tipo de archivo:</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué ha pasado</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Detener</translation>
        </message>
        <message>
            <source>Stop importing</source>
            <translation>Detener la importación</translation>
        </message>
        <message>
            <source>Stop before anything is added</source>
            <translation>Parar antes de que se añada nada</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>This journal is open read-only, so nothing can be imported into it.</source>
            <translation>Este diario está abierto solo para leer, así que no se puede importar nada en él.</translation>
        </message>
        <message>
            <source>Checking the file before anything changes…</source>
            <translation>Revisando el archivo antes de cambiar nada…</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importando %1…</translation>
        </message>
        <message>
            <source>Stopping; nothing will be added…</source>
            <translation>Deteniendo; no se añadirá nada…</translation>
        </message>
        <message>
            <source>Learning Journal can't tell what kind of file %1 is; choose its kind above and press Import again.</source>
            <translation>Learning Journal no sabe qué tipo de archivo es %1; elige su tipo arriba y vuelve a pulsar Importar.</translation>
        </message>
        <message>
            <source>Try &amp;again</source>
            <translation>&amp;Volver a intentarlo</translation>
        </message>
        <message>
            <source>Something went wrong while importing %1 (%2); nothing was changed.</source>
            <translation>Algo salió mal al importar %1 (%2); no se cambió nada.</translation>
        </message>
    </context>
    <context>
        <name>ImportWords</name>
        <message>
            <source>your teacher</source>
            <translation>tu profe</translation>
        </message>
        <message numerus="yes">
            <source>The %n comment(s) from %1 were already in your journal.</source>
            <translation>
                <numerusform>El %n comentario de %1 ya estaba en tu diario.</numerusform>
                <numerusform>Los %n comentarios de %1 ya estaban en tu diario.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n new comment(s) from %1; look for the New mark.</source>
            <translation>
                <numerusform>Se añadió %n comentario nuevo de %1; búscalo con la marca Nuevo.</numerusform>
                <numerusform>Se añadieron %n comentarios nuevos de %1; búscalos con la marca Nuevo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported the prompt pack “%1” by %2 (%n prompt(s)).</source>
            <translation>
                <numerusform>Se importó el paquete de preguntas «%1» de %2 (%n pregunta).</numerusform>
                <numerusform>Se importó el paquete de preguntas «%1» de %2 (%n preguntas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported the prompt pack “%1” (%n prompt(s)).</source>
            <translation>
                <numerusform>Se importó el paquete de preguntas «%1» (%n pregunta).</numerusform>
                <numerusform>Se importó el paquete de preguntas «%1» (%n preguntas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n entry(s) from %1 were already in your journal.</source>
            <translation>
                <numerusform>La %n entrada de %1 ya estaba en tu diario.</numerusform>
                <numerusform>Las %n entradas de %1 ya estaban en tu diario.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n entry(s) from %1, private until you share them.</source>
            <translation>
                <numerusform>Se importó %n entrada de %1; es privada hasta que decidas compartirla.</numerusform>
                <numerusform>Se importaron %n entradas de %1; son privadas hasta que decidas compartirlas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) were already here.</source>
            <translation>
                <numerusform>%n entrada ya estaba aquí.</numerusform>
                <numerusform>%n entradas ya estaban aquí.</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything in the portfolio was already in this journal; nothing was added.</source>
            <translation>Todo lo del portafolio ya estaba en este diario; no se añadió nada.</translation>
        </message>
        <message numerus="yes">
            <source>%n new entry(s)</source>
            <translation>
                <numerusform>%n entrada nueva</numerusform>
                <numerusform>%n entradas nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n revision(s)</source>
            <translation>
                <numerusform>%n versión</numerusform>
                <numerusform>%n versiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n meta</numerusform>
                <numerusform>%n metas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reflection(s)</source>
            <translation>
                <numerusform>%n reflexión</numerusform>
                <numerusform>%n reflexiones</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported the portfolio: %1, %2, %3 and %4.</source>
            <translation>Se importó el portafolio: %1, %2, %3 y %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) already here got what was new.</source>
            <translation>
                <numerusform>%n entrada que ya estaba aquí recibió lo nuevo.</numerusform>
                <numerusform>%n entradas que ya estaban aquí recibieron lo nuevo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ItemList</name>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove from %1</source>
            <translation>Quitar de %1</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
    </context>
    <context>
        <name>JournalWindow</name>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>What did I change, and why? (optional)</source>
            <translation>¿Qué cambié y por qué? (opcional)</translation>
        </message>
        <message>
            <source>Note for this revision</source>
            <translation>Nota para esta versión</translation>
        </message>
        <message>
            <source>Save revision</source>
            <translation>Guardar versión</translation>
        </message>
        <message>
            <source>Keep this version in the history (Ctrl+S)</source>
            <translation>Guardar esta versión en el historial (Ctrl+S)</translation>
        </message>
        <message>
            <source>Nothing here yet. Press Ctrl+N to write your first entry.</source>
            <translation>Aquí no hay nada todavía. Pulsa Ctrl+N para escribir tu primera entrada.</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Línea del tiempo</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Metas</translation>
        </message>
        <message>
            <source>How I learn best</source>
            <translation>Cómo aprendo mejor</translation>
        </message>
        <message>
            <source>Exhibitions</source>
            <translation>Exposiciones</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Hoy</translation>
        </message>
        <message>
            <source>&amp;Journal</source>
            <translation>&amp;Diario</translation>
        </message>
        <message>
            <source>T&amp;imeline</source>
            <translation>&amp;Línea del tiempo</translation>
        </message>
        <message>
            <source>&amp;Goals</source>
            <translation>&amp;Metas</translation>
        </message>
        <message>
            <source>How I &amp;learn best</source>
            <translation>&amp;Cómo aprendo mejor</translation>
        </message>
        <message>
            <source>E&amp;xhibitions</source>
            <translation>E&amp;xposiciones</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;Nueva entrada</translation>
        </message>
        <message>
            <source>Start a new entry</source>
            <translation>Empezar una entrada nueva</translation>
        </message>
        <message>
            <source>New from &amp;template…</source>
            <translation>Nueva desde &amp;plantilla…</translation>
        </message>
        <message>
            <source>Start a new entry from a template</source>
            <translation>Empezar una entrada nueva a partir de una plantilla</translation>
        </message>
        <message>
            <source>Save as te&amp;mplate…</source>
            <translation>Guardar como plan&amp;tilla…</translation>
        </message>
        <message>
            <source>Keep this entry's shape as a template of your own</source>
            <translation>Guardar la forma de esta entrada como una plantilla tuya</translation>
        </message>
        <message>
            <source>&amp;Save revision</source>
            <translation>&amp;Guardar versión</translation>
        </message>
        <message>
            <source>Keep this version in the history</source>
            <translation>Guardar esta versión en el historial</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>&amp;Añadir archivos…</translation>
        </message>
        <message>
            <source>Attach pictures, documents or any file to this entry</source>
            <translation>Adjuntar a esta entrada fotos, documentos o cualquier archivo</translation>
        </message>
        <message>
            <source>Move to &amp;trash</source>
            <translation>&amp;Mover a la papelera</translation>
        </message>
        <message>
            <source>Move this entry to the trash (you can restore it)</source>
            <translation>Mover esta entrada a la papelera (puedes recuperarla)</translation>
        </message>
        <message>
            <source>Open tras&amp;h…</source>
            <translation>Abrir la papele&amp;ra…</translation>
        </message>
        <message>
            <source>&amp;Open a sample journal…</source>
            <translation>Abrir un diario de &amp;ejemplo…</translation>
        </message>
        <message>
            <source>Explore a made-up student's journal in a separate window</source>
            <translation>Explorar el diario de un estudiante inventado en otra ventana</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Hacer copia de seguridad ahora</translation>
        </message>
        <message>
            <source>S&amp;witch journal…</source>
            <translation>&amp;Cambiar de diario…</translation>
        </message>
        <message>
            <source>Close this journal (your writing is saved) and choose whose opens</source>
            <translation>Cerrar este diario (lo que has escrito queda guardado) y elegir qué diario se abre</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>B&amp;loquear ahora</translation>
        </message>
        <message>
            <source>Close your journal until its passphrase is typed again</source>
            <translation>Cerrar tu diario hasta que se vuelva a escribir su frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>Prefere&amp;ncias…</translation>
        </message>
        <message>
            <source>&amp;Compare first and latest</source>
            <translation>&amp;Comparar la primera y la última</translation>
        </message>
        <message>
            <source>Show &amp;history</source>
            <translation>Mostrar el &amp;historial</translation>
        </message>
        <message>
            <source>Go to the entries &amp;list</source>
            <translation>Ir a la &amp;lista de entradas</translation>
        </message>
        <message>
            <source>Go to the &amp;editor</source>
            <translation>Ir al &amp;editor</translation>
        </message>
        <message>
            <source>&amp;About Learning Journal</source>
            <translation>&amp;Acerca de Learning Journal</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>&amp;Reflect</source>
            <translation>&amp;Reflexionar</translation>
        </message>
        <message>
            <source>New &amp;goal…</source>
            <translation>Nueva &amp;meta…</translation>
        </message>
        <message>
            <source>Plan a new goal step by step</source>
            <translation>Planificar una meta nueva paso a paso</translation>
        </message>
        <message>
            <source>&amp;Prompt library…</source>
            <translation>&amp;Biblioteca de preguntas…</translation>
        </message>
        <message>
            <source>See all reflection prompts, write your own, or add a teacher's pack</source>
            <translation>Ver todas las preguntas para reflexionar, escribir las tuyas o añadir un paquete de tu profe</translation>
        </message>
        <message>
            <source>New e&amp;xhibition…</source>
            <translation>Nueva e&amp;xposición…</translation>
        </message>
        <message>
            <source>Plan an exhibition of your learning from a template</source>
            <translation>Planificar una exposición de tu aprendizaje a partir de una plantilla</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <source>E&amp;xport portfolio…</source>
            <translation>E&amp;xportar portafolio…</translation>
        </message>
        <message>
            <source>See what will leave, then save a portfolio for your teacher</source>
            <translation>Ver lo que va a salir y luego guardar un portafolio para tu profe</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Add feedback, a portfolio, a jrnl or Day One journal, or a prompt pack</source>
            <translation>Añadir comentarios, un portafolio, un diario de jrnl o Day One, o un paquete de preguntas</translation>
        </message>
        <message>
            <source>Open portfolio for &amp;review…</source>
            <translation>Abrir un portafolio para re&amp;visar…</translation>
        </message>
        <message>
            <source>Read a student's portfolio without changing your own journal</source>
            <translation>Leer el portafolio de un estudiante sin cambiar tu propio diario</translation>
        </message>
        <message>
            <source>C&amp;lass overview…</source>
            <translation>Resumen de la c&amp;lase…</translation>
        </message>
        <message>
            <source>See every portfolio in a folder at a glance</source>
            <translation>Ver de un vistazo todos los portafolios de una carpeta</translation>
        </message>
        <message>
            <source>Show &amp;feedback</source>
            <translation>Mostrar los co&amp;mentarios</translation>
        </message>
        <message>
            <source>Show the comments your teacher sent on this entry or goal</source>
            <translation>Mostrar los comentarios que tu profe envió sobre esta entrada o meta</translation>
        </message>
        <message>
            <source>Save as template</source>
            <translation>Guardar como plantilla</translation>
        </message>
        <message>
            <source>Name for your template:</source>
            <translation>Nombre de tu plantilla:</translation>
        </message>
        <message>
            <source>The template was not saved</source>
            <translation>La plantilla no se guardó</translation>
        </message>
        <message>
            <source>Saved as a template of yours.</source>
            <translation>Guardada como plantilla tuya.</translation>
        </message>
        <message>
            <source>Saved revision %1.</source>
            <translation>Versión %1 guardada.</translation>
        </message>
        <message>
            <source>No changes since the last revision, so nothing new was added.</source>
            <translation>No hay cambios desde la última versión, así que no se añadió nada nuevo.</translation>
        </message>
        <message>
            <source>Moved to the trash. Undo (Ctrl+Z) or open the trash to bring it back.</source>
            <translation>Movida a la papelera. Deshaz (Ctrl+Z) o abre la papelera para recuperarla.</translation>
        </message>
        <message>
            <source>Restored. It is now revision %1; every other version is still in the history.</source>
            <translation>Recuperada. Ahora es la versión %1; todas las demás siguen en el historial.</translation>
        </message>
        <message>
            <source>This entry has only one version so far; save a revision to compare.</source>
            <translation>Esta entrada solo tiene una versión por ahora; guarda otra para poder comparar.</translation>
        </message>
        <message>
            <source>Add files to this entry</source>
            <translation>Añadir archivos a esta entrada</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) match</source>
            <translation>
                <numerusform>%n entrada coincide</numerusform>
                <numerusform>%n entradas coinciden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palabra</numerusform>
                <numerusform>%n palabras</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Sin guardar</translation>
        </message>
        <message>
            <source>Your writing is not saved yet</source>
            <translation>Lo que has escrito aún no está guardado</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Editando…</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Guardado %1</translation>
        </message>
        <message>
            <source>All saved</source>
            <translation>Todo guardado</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Haciendo copia de seguridad…</translation>
        </message>
        <message>
            <source>Backed up to %1</source>
            <translation>Copia de seguridad hecha en %1</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>La copia de seguridad falló</translation>
        </message>
        <message>
            <source>Your journal was backed up.</source>
            <translation>Se hizo una copia de seguridad de tu diario.</translation>
        </message>
        <message>
            <source>The automatic backup didn't work: %1</source>
            <translation>La copia de seguridad automática no funcionó: %1</translation>
        </message>
        <message>
            <source>About Learning Journal</source>
            <translation>Acerca de Learning Journal</translation>
        </message>
        <message>
            <source>Learning Journal %1

The story of your own learning, kept on this computer.

Your journal is in:
%2</source>
            <translation>Learning Journal %1

La historia de tu propio aprendizaje, guardada en este ordenador.

Tu diario está en:
%2</translation>
        </message>
        <message>
            <source>%1's Learning Journal</source>
            <translation>Learning Journal de %1</translation>
        </message>
        <message>
            <source>Learning Journal</source>
            <translation>Learning Journal</translation>
        </message>
        <message numerus="yes">
            <source>Learning Journal closed unexpectedly last time. Your writing was kept: %n entry(s) have a draft that is newer than their last revision.</source>
            <translation>
                <numerusform>Learning Journal se cerró de forma inesperada la última vez. Lo que escribiste se conservó: %n entrada tiene un borrador más reciente que su última versión.</numerusform>
                <numerusform>Learning Journal se cerró de forma inesperada la última vez. Lo que escribiste se conservó: %n entradas tienen un borrador más reciente que su última versión.</numerusform>
            </translation>
        </message>
        <message>
            <source>This journal has no name yet. It will ask again next time, or you can type your name in Preferences or on the Today page.</source>
            <translation>Este diario todavía no tiene nombre. Te lo volverá a preguntar la próxima vez, o puedes escribir tu nombre en Preferencias o en la página Hoy.</translation>
        </message>
        <message>
            <source>Making a sample journal to explore…</source>
            <translation>Preparando un diario de ejemplo para explorar…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Making the sample journal</source>
            <translation>Preparando el diario de ejemplo</translation>
        </message>
        <message>
            <source>The sample journal could not be made</source>
            <translation>No se pudo crear el diario de ejemplo</translation>
        </message>
        <message>
            <source>The sample journal could not be opened</source>
            <translation>No se pudo abrir el diario de ejemplo</translation>
        </message>
        <message>
            <source> — sample journal</source>
            <translation> — diario de ejemplo</translation>
        </message>
        <message>
            <source>Switch between panels</source>
            <translation>Cambiar de panel</translation>
        </message>
        <message>
            <source>Something you wrote isn't saved</source>
            <translation>Hay algo que escribiste sin guardar</translation>
        </message>
        <message>
            <source>You've written something here that isn't saved yet. If you quit now, it is lost. Go back to it?</source>
            <translation>Has escrito algo aquí que aún no está guardado. Si sales ahora, se pierde. ¿Quieres volver a ello?</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>Salir sin guardar</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Your journal was not locked: your latest writing could not be saved.</source>
            <translation>Tu diario no se bloqueó: no se pudo guardar lo último que escribiste.</translation>
        </message>
        <message>
            <source>Your last changes could not be saved</source>
            <translation>No se pudieron guardar tus últimos cambios</translation>
        </message>
        <message>
            <source>Learning Journal could not save your latest writing. If you quit now, the last few words may be lost. Quit anyway?</source>
            <translation>Learning Journal no pudo guardar lo último que escribiste. Si sales ahora, puede que se pierdan las últimas palabras. ¿Salir de todos modos?</translation>
        </message>
        <message>
            <source>Quit anyway</source>
            <translation>Salir de todos modos</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Clear %1</source>
            <translation>Borrar %1</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Bringing your journal back…</source>
            <translation>Recuperando tu diario…</translation>
        </message>
        <message>
            <source>This journal is locked with a passphrase.</source>
            <translation>Este diario está bloqueado con una frase de contraseña.</translation>
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation>Abriendo tu diario…</translation>
        </message>
        <message>
            <source>Your journal is locked.</source>
            <translation>Tu diario está bloqueado.</translation>
        </message>
    </context>
    <context>
        <name>LearningProfileView</name>
        <message>
            <source>How I learn best</source>
            <translation>Cómo aprendo mejor</translation>
        </message>
        <message>
            <source>My learning profile</source>
            <translation>Mi perfil de aprendizaje</translation>
        </message>
        <message>
            <source>I learn best when… I find it hard when… When I'm stuck, I…</source>
            <translation>Aprendo mejor cuando… Me cuesta cuando… Cuando me atasco, yo…</translation>
        </message>
        <message>
            <source>&amp;Save my profile</source>
            <translation>&amp;Guardar mi perfil</translation>
        </message>
        <message>
            <source>Save my learning profile</source>
            <translation>Guardar mi perfil de aprendizaje</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Earlier versions of my learning profile</source>
            <translation>Versiones anteriores de mi perfil de aprendizaje</translation>
        </message>
        <message>
            <source>Earlier versions</source>
            <translation>Versiones anteriores</translation>
        </message>
        <message>
            <source>When learning went well (4 or 5), I was often…</source>
            <translation>Cuando el aprendizaje fue bien (4 o 5), a menudo estaba…</translation>
        </message>
        <message>
            <source>Conditions when learning went well</source>
            <translation>Condiciones cuando el aprendizaje fue bien</translation>
        </message>
        <message>
            <source>When it went badly (1 or 2), I was often…</source>
            <translation>Cuando fue mal (1 o 2), a menudo estaba…</translation>
        </message>
        <message>
            <source>Conditions when learning went badly</source>
            <translation>Condiciones cuando el aprendizaje fue mal</translation>
        </message>
        <message>
            <source>My answers about how I learn best</source>
            <translation>Mis respuestas sobre cómo aprendo mejor</translation>
        </message>
        <message>
            <source>What my reflections say about the way I learn. Every pattern here comes from my own answers, with how many it rests on.</source>
            <translation>Lo que dicen mis reflexiones sobre mi forma de aprender. Cada patrón viene de mis propias respuestas, con cuántas lo respaldan.</translation>
        </message>
        <message>
            <source>What goes with learning going well</source>
            <translation>Qué acompaña a un aprendizaje que va bien</translation>
        </message>
        <message>
            <source>My four attributes over time</source>
            <translation>Mis cuatro atributos a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Each bar is a month of entries and reflections; the number is how many.</source>
            <translation>Cada barra es un mes de entradas y reflexiones; el número indica cuántas.</translation>
        </message>
        <message>
            <source>Then and now</source>
            <translation>Antes y ahora</translation>
        </message>
        <message>
            <source>All my answers about how I learn best</source>
            <translation>Todas mis respuestas sobre cómo aprendo mejor</translation>
        </message>
        <message>
            <source>No answers yet. Prompts about how you learn best will show up here.</source>
            <translation>Aún no hay respuestas. Aquí aparecerán las preguntas sobre cómo aprendes mejor.</translation>
        </message>
        <message>
            <source>Write it in your own words. It goes with your portfolio.</source>
            <translation>Escríbelo con tus propias palabras. Va con tu portafolio.</translation>
        </message>
        <message>
            <source>Last changed %1</source>
            <translation>Último cambio: %1</translation>
        </message>
        <message numerus="yes">
            <source>You've said how well it went in %n reflection(s).</source>
            <translation>
                <numerusform>Has dicho cómo te fue en %n reflexión.</numerusform>
                <numerusform>Has dicho cómo te fue en %n reflexiones.</numerusform>
            </translation>
        </message>
        <message>
            <source>A pattern shows here once at least %1 reflections share it, so nothing is guessed from too little.</source>
            <translation>Un patrón aparece aquí cuando al menos %1 reflexiones lo comparten, así no se adivina nada con muy pocos datos.</translation>
        </message>
        <message>
            <source>Only patterns backed by at least %1 are shown.</source>
            <translation>Solo se muestran los patrones que se apoyan en al menos %1.</translation>
        </message>
        <message>
            <source>My first answer beside my latest, for questions I've answered more than once.</source>
            <translation>Mi primera respuesta junto a la última, en las preguntas que he respondido más de una vez.</translation>
        </message>
        <message>
            <source>Answer the same question about how you learn again later, and you'll see your first answer beside your latest here.</source>
            <translation>Vuelve a responder más adelante la misma pregunta sobre cómo aprendes y aquí verás tu primera respuesta junto a la última.</translation>
        </message>
        <message>
            <source>Your learning profile wasn't saved</source>
            <translation>Tu perfil de aprendizaje no se guardó</translation>
        </message>
    </context>
    <context>
        <name>LinkEvidenceDialog</name>
        <message>
            <source>Link evidence</source>
            <translation>Unir una prueba</translation>
        </message>
        <message>
            <source>Find an entry</source>
            <translation>Buscar una entrada</translation>
        </message>
        <message>
            <source>Find an entry…</source>
            <translation>Buscar una entrada…</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>Which version</source>
            <translation>Qué versión</translation>
        </message>
        <message>
            <source>Which criterion it shows</source>
            <translation>Qué criterio muestra</translation>
        </message>
        <message>
            <source>The goal as a whole</source>
            <translation>La meta en conjunto</translation>
        </message>
        <message>
            <source>Note about the evidence</source>
            <translation>Nota sobre la prueba</translation>
        </message>
        <message>
            <source>What does it show? (optional)</source>
            <translation>¿Qué muestra? (opcional)</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Unir</translation>
        </message>
        <message>
            <source>Link as evidence</source>
            <translation>Unir como prueba</translation>
        </message>
        <message>
            <source>Which piece of work shows progress towards “%1”?</source>
            <translation>¿Qué trabajo muestra que avanzas hacia «%1»?</translation>
        </message>
        <message>
            <source>this goal</source>
            <translation>esta meta</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Versión:</translation>
        </message>
        <message>
            <source>It &amp;shows:</source>
            <translation>&amp;Muestra:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ota:</translation>
        </message>
        <message>
            <source>As it is now (follows new versions)</source>
            <translation>Tal como está ahora (sigue las versiones nuevas)</translation>
        </message>
        <message>
            <source>Version %1 · %2</source>
            <translation>Versión %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>LockSection</name>
        <message>
            <source>Lock with a passphrase</source>
            <translation>Bloquear con una frase de contraseña</translation>
        </message>
        <message>
            <source>Lock status</source>
            <translation>Estado del bloqueo</translation>
        </message>
        <message>
            <source>&amp;Lock with a passphrase…</source>
            <translation>&amp;Bloquear con una frase de contraseña…</translation>
        </message>
        <message>
            <source>Lock the journal with a passphrase</source>
            <translation>Bloquear el diario con una frase de contraseña</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation>C&amp;ambiar la frase de contraseña…</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Remove the lock…</source>
            <translation>&amp;Quitar el bloqueo…</translation>
        </message>
        <message>
            <source>Remove the passphrase lock</source>
            <translation>Quitar el bloqueo con frase de contraseña</translation>
        </message>
        <message>
            <source>When the journal is locked, everything in its folder (entries, files, pictures and backups) is encrypted, and it opens only with the passphrase.</source>
            <translation>Cuando el diario está bloqueado, todo lo que hay en su carpeta (entradas, archivos, imágenes y copias de seguridad) se cifra, y solo se abre con la frase de contraseña.</translation>
        </message>
        <message>
            <source>This journal is locked with a passphrase.</source>
            <translation>Este diario está bloqueado con una frase de contraseña.</translation>
        </message>
        <message>
            <source>This journal is not locked: anyone using this computer can open it.</source>
            <translation>Este diario no está bloqueado: cualquiera que use este ordenador puede abrirlo.</translation>
        </message>
        <message>
            <source>Locking your journal…</source>
            <translation>Bloqueando tu diario…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>Removing the lock…</source>
            <translation>Quitando el bloqueo…</translation>
        </message>
        <message>
            <source>Remove the lock</source>
            <translation>Quitar el bloqueo</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>just now</source>
            <translation>hace un momento</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>hace %n minuto</numerusform>
                <numerusform>hace %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>a las %1</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Entry title</source>
            <translation>Título de la entrada</translation>
        </message>
        <message>
            <source>Entry text</source>
            <translation>Texto de la entrada</translation>
        </message>
        <message>
            <source>Write in Markdown: # for a heading, **bold**, *italic*, - for a list, - [ ] for a checklist.</source>
            <translation>Escribe en Markdown: # para un título, **negrita**, *cursiva*, - para una lista, - [ ] para una lista de tareas.</translation>
        </message>
        <message>
            <source>Start writing… Use # for a heading, **bold**, - [ ] for a checklist.</source>
            <translation>Empieza a escribir… Usa # para un título, **negrita**, - [ ] para una lista de tareas.</translation>
        </message>
        <message>
            <source>Preview of entry text</source>
            <translation>Vista previa del texto de la entrada</translation>
        </message>
        <message>
            <source>Word count</source>
            <translation>Número de palabras</translation>
        </message>
        <message>
            <source>&amp;Bold</source>
            <translation>&amp;Negrita</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Negrita</translation>
        </message>
        <message>
            <source>B</source>
            <translation>N</translation>
        </message>
        <message>
            <source>&amp;Italic</source>
            <translation>&amp;Cursiva</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Cursiva</translation>
        </message>
        <message>
            <source>I</source>
            <translation>K</translation>
        </message>
        <message>
            <source>&amp;Heading</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>Make this line a heading (press again for a smaller one)</source>
            <translation>Convertir esta línea en un título (pulsa otra vez para uno más pequeño)</translation>
        </message>
        <message>
            <source>H</source>
            <translation>T</translation>
        </message>
        <message>
            <source>&amp;Checklist item</source>
            <translation>&amp;Tarea de la lista</translation>
        </message>
        <message>
            <source>Make this line a checklist item, or tick it off</source>
            <translation>Convertir esta línea en una tarea de la lista, o marcarla como hecha</translation>
        </message>
        <message>
            <source>☑ Checklist</source>
            <translation>☑ Lista de tareas</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Enlace</translation>
        </message>
        <message>
            <source>Add a link</source>
            <translation>Añadir un enlace</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>Show how the entry looks when formatted</source>
            <translation>Ver cómo queda la entrada con formato</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>Undo &amp;typing</source>
            <translation>Deshacer lo &amp;escrito</translation>
        </message>
        <message>
            <source>Redo typ&amp;ing</source>
            <translation>Rehacer lo escri&amp;to</translation>
        </message>
        <message>
            <source>Formatting</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>More formatting</source>
            <translation>Más formato</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palabra</numerusform>
                <numerusform>%n palabras</numerusform>
            </translation>
        </message>
        <message>
            <source>link text</source>
            <translation>texto del enlace</translation>
        </message>
    </context>
    <context>
        <name>OnThisDayCard</name>
        <message>
            <source>On this day</source>
            <translation>Tal día como hoy</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Hide On this day</source>
            <translation>Ocultar Tal día como hoy</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) ago</source>
            <translation>
                <numerusform>hace %n año</numerusform>
                <numerusform>hace %n años</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) ago</source>
            <translation>
                <numerusform>hace %n mes</numerusform>
                <numerusform>hace %n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Entrada sin título</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>how long ago, entry title</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Abrir %1</translation>
        </message>
    </context>
    <context>
        <name>PanelFeedbackDialog</name>
        <message>
            <source>Starting out</source>
            <translation>Empezando</translation>
        </message>
        <message>
            <source>On the way</source>
            <translation>En camino</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Conseguido</translation>
        </message>
        <message>
            <source>Going beyond</source>
            <translation>Más allá</translation>
        </message>
        <message>
            <source>Panel feedback on “{title}”</source>
            <translation>Comentarios del jurado sobre «{title}»</translation>
        </message>
        <message>
            <source>For each station: what impressed you, and what you wondered about. Rate the goals it shows if you can. Leave blank what you didn't see.</source>
            <translation>En cada estación: qué te impresionó y qué te preguntaste. Valora las metas que muestra si puedes. Deja en blanco lo que no viste.</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Entrada sin título</translation>
        </message>
        <message>
            <source>Station {n}: {label}</source>
            <translation>Estación {n}: {label}</translation>
        </message>
        <message>
            <source>Wow for station {n}</source>
            <translation>Lo que impresionó en la estación {n}</translation>
        </message>
        <message>
            <source>Something that impressed you</source>
            <translation>Algo que te impresionó</translation>
        </message>
        <message>
            <source>Wonder for station {n}</source>
            <translation>Lo que te preguntaste en la estación {n}</translation>
        </message>
        <message>
            <source>Something you wondered about</source>
            <translation>Algo que te preguntaste</translation>
        </message>
        <message>
            <source>&amp;Wow:</source>
            <translation>&amp;Impresionó:</translation>
        </message>
        <message>
            <source>W&amp;onder:</source>
            <translation>Me &amp;pregunto:</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Sin valorar</translation>
        </message>
        <message>
            <source>Rating for “{criterion}” at station {n}</source>
            <translation>Valoración de «{criterion}» en la estación {n}</translation>
        </message>
        <message>
            <source>This exhibition has no stations to give feedback on.</source>
            <translation>Esta exposición no tiene estaciones que comentar.</translation>
        </message>
        <message>
            <source>&amp;Questions the panel asked (one a line):</source>
            <translation>Pre&amp;guntas que hizo el jurado (una por línea):</translation>
        </message>
        <message>
            <source>Questions the panel asked</source>
            <translation>Preguntas que hizo el jurado</translation>
        </message>
        <message>
            <source>Add to my feedback</source>
            <translation>Añadir a mis comentarios</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Nueva frase de contraseña otra vez</translation>
        </message>
        <message>
            <source>I forgot it: use my &amp;recovery key</source>
            <translation>La he olvidado: usar mi &amp;clave de recuperación</translation>
        </message>
        <message>
            <source>Use recovery key</source>
            <translation>Usar la clave de recuperación</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>Frase de contraseña &amp;actual:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nueva frase de contraseña:</translation>
        </message>
        <message>
            <source>Type it &amp;again:</source>
            <translation>&amp;Escríbela otra vez:</translation>
        </message>
        <message>
            <source>At least %1 characters; a few words you will remember are best.</source>
            <translation>Al menos %1 caracteres; lo mejor son unas cuantas palabras que vayas a recordar.</translation>
        </message>
        <message>
            <source>Passphrase message</source>
            <translation>Mensaje sobre la frase de contraseña</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>&amp;Recovery key:</source>
            <translation>Cla&amp;ve de recuperación:</translation>
        </message>
        <message>
            <source>Type the current passphrase (or the recovery key).</source>
            <translation>Escribe la frase de contraseña actual (o la clave de recuperación).</translation>
        </message>
        <message>
            <source>A passphrase needs at least %1 characters.</source>
            <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
        </message>
        <message>
            <source>A passphrase can't start or end with a space.</source>
            <translation>La frase de contraseña no puede empezar ni terminar con un espacio.</translation>
        </message>
        <message>
            <source>The two new passphrases are not the same; type them again.</source>
            <translation>Las dos frases de contraseña nuevas no coinciden; vuelve a escribirlas.</translation>
        </message>
    </context>
    <context>
        <name>PortfolioActions</name>
        <message>
            <source>Portfolio files (*.portfolio.zip *.zip);;All files (*)</source>
            <translation>Archivos de portafolio (*.portfolio.zip *.zip);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <source>Saved your portfolio to %1.</source>
            <translation>Tu portafolio se guardó en %1.</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>Importar un archivo</translation>
        </message>
        <message>
            <source>Open a portfolio to review</source>
            <translation>Abrir un portafolio para revisar</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Revisando %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Checking the portfolio</source>
            <translation>Revisando el portafolio</translation>
        </message>
        <message>
            <source>Open for review</source>
            <translation>Abrir para revisar</translation>
        </message>
        <message>
            <source>Stopped; nothing was opened.</source>
            <translation>Detenido; no se abrió nada.</translation>
        </message>
        <message>
            <source>%1 could not be opened (%2).</source>
            <translation>No se pudo abrir %1 (%2).</translation>
        </message>
        <message>
            <source>This portfolio can't be reviewed</source>
            <translation>Este portafolio no se puede revisar</translation>
        </message>
        <message>
            <source>Choose the folder of your class's portfolios</source>
            <translation>Elige la carpeta con los portafolios de tu clase</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Your journal</source>
            <translation>Tu diario</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>&amp;Show in file manager</source>
            <translation>&amp;Mostrar en el explorador de archivos</translation>
        </message>
        <message>
            <source>Show data folder in file manager</source>
            <translation>Mostrar la carpeta de datos en el explorador de archivos</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Carpeta de datos:</translation>
        </message>
        <message>
            <source>Everything you write and attach is kept in this folder.</source>
            <translation>Todo lo que escribes y adjuntas se guarda en esta carpeta.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Tu &amp;nombre:</translation>
        </message>
        <message>
            <source>Name on exported portfolios</source>
            <translation>Nombre en los portafolios que exportas</translation>
        </message>
        <message>
            <source>My full name</source>
            <translation>Mi nombre completo</translation>
        </message>
        <message>
            <source>My first name and the initial of my last name</source>
            <translation>Mi nombre y la inicial de mi apellido</translation>
        </message>
        <message>
            <source>On &amp;portfolios:</source>
            <translation>En los p&amp;ortafolios:</translation>
        </message>
        <message>
            <source>Your name is kept in your journal, not on this computer, and is shown on the portfolios you export.</source>
            <translation>Tu nombre se guarda en tu diario, no en este ordenador, y aparece en los portafolios que exportas.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Carpeta de copias de seguridad</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>Choose backup folder</source>
            <translation>Elegir la carpeta de copias de seguridad</translation>
        </message>
        <message>
            <source>Use &amp;default</source>
            <translation>Usar la carpeta &amp;predeterminada</translation>
        </message>
        <message>
            <source>Use the default backup folder</source>
            <translation>Usar la carpeta de copias de seguridad predeterminada</translation>
        </message>
        <message>
            <source>&amp;Backup folder:</source>
            <translation>&amp;Carpeta de copias:</translation>
        </message>
        <message>
            <source>Number of backups to keep</source>
            <translation>Número de copias de seguridad que se guardan</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> copias</translation>
        </message>
        <message>
            <source>&amp;Keep the newest:</source>
            <translation>&amp;Guardar las más recientes:</translation>
        </message>
        <message>
            <source>A USB stick or a cloud folder is a good place for backups: then a lost laptop doesn't mean a lost journal.</source>
            <translation>Una memoria USB o una carpeta en la nube son buenos sitios para las copias: así, perder el portátil no significa perder el diario.</translation>
        </message>
        <message>
            <source>Writing</source>
            <translation>Escritura</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> segundos</translation>
        </message>
        <message>
            <source>Autosave delay in seconds</source>
            <translation>Tiempo de guardado automático en segundos</translation>
        </message>
        <message>
            <source>&amp;Save my typing after:</source>
            <translation>&amp;Guardar lo que escribo tras:</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Editor text size in points</source>
            <translation>Tamaño del texto del editor en puntos</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Tamaño del texto:</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Same as my computer</source>
            <translation>Igual que mi ordenador</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>Te&amp;ma:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>A new language is used from the next time you open the app.</source>
            <translation>El idioma nuevo se usará a partir de la próxima vez que abras la aplicación.</translation>
        </message>
        <message>
            <source>Save preferences</source>
            <translation>Guardar preferencias</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>Lock after this many minutes without use</source>
            <translation>Bloquear tras estos minutos sin usarlo</translation>
        </message>
        <message>
            <source>Loc&amp;k after minutes without use:</source>
            <translation>Blo&amp;quear tras minutos sin uso:</translation>
        </message>
        <message>
            <source>Choose a folder for backups</source>
            <translation>Elige una carpeta para las copias de seguridad</translation>
        </message>
    </context>
    <context>
        <name>PresentWindow</name>
        <message>
            <source>Rehearsing: {title}</source>
            <translation>Ensayando: {title}</translation>
        </message>
        <message>
            <source>Presenting: {title}</source>
            <translation>Presentando: {title}</translation>
        </message>
        <message>
            <source>Station and time</source>
            <translation>Estación y tiempo</translation>
        </message>
        <message>
            <source>Station as the audience sees it</source>
            <translation>La estación tal como la ve el público</translation>
        </message>
        <message>
            <source>All stations</source>
            <translation>Todas las estaciones</translation>
        </message>
        <message>
            <source>{number}. {label}</source>
            <translation>{number}. {label}</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Entrada sin título</translation>
        </message>
        <message>
            <source>There is no station to show yet.</source>
            <translation>Todavía no hay ninguna estación que mostrar.</translation>
        </message>
        <message>
            <source>Station {n} of {total} · {time}</source>
            <translation>Estación {n} de {total} · {time}</translation>
        </message>
        <message>
            <source> · this station {spent} of {planned}</source>
            <translation> · esta estación {spent} de {planned}</translation>
        </message>
        <message>
            <source> · go to {number}</source>
            <translation> · pasa a la {number}</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>Tiempo agotado</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <source>Presenter view: {title}</source>
            <translation>Vista del presentador: {title}</translation>
        </message>
        <message>
            <source>Station on show</source>
            <translation>Estación que se muestra</translation>
        </message>
        <message>
            <source>Your talking notes</source>
            <translation>Tus notas para hablar</translation>
        </message>
        <message>
            <source>Next station</source>
            <translation>Siguiente estación</translation>
        </message>
        <message>
            <source>Time left for this station</source>
            <translation>Tiempo que queda en esta estación</translation>
        </message>
        <message>
            <source>Time left overall</source>
            <translation>Tiempo total que queda</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Ritmo</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Reloj</translation>
        </message>
        <message>
            <source>Right or Space: next · Left: back · number then Enter: jump · G: all stations · P: hide this view · Escape: stop</source>
            <translation>Derecha o Espacio: siguiente · Izquierda: atrás · número y Intro: saltar · G: todas las estaciones · P: ocultar esta vista · Escape: terminar</translation>
        </message>
        <message>
            <source>S: swap the two screens</source>
            <translation>S: intercambiar las dos pantallas</translation>
        </message>
        <message>
            <source>There is no station to show yet.</source>
            <translation>Todavía no hay ninguna estación que mostrar.</translation>
        </message>
        <message>
            <source>Station {n} of {total}: {label}</source>
            <translation>Estación {n} de {total}: {label}</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Entrada sin título</translation>
        </message>
        <message>
            <source>No notes for this station.</source>
            <translation>No hay notas para esta estación.</translation>
        </message>
        <message>
            <source>Next: {n}. {label}</source>
            <translation>Siguiente: {n}. {label}</translation>
        </message>
        <message>
            <source>Next: this is the last station.</source>
            <translation>Siguiente: esta es la última estación.</translation>
        </message>
        <message>
            <source>This station: {time} left</source>
            <translation>Esta estación: quedan {time}</translation>
        </message>
        <message>
            <source>This station: {time} over</source>
            <translation>Esta estación: {time} de más</translation>
        </message>
        <message>
            <source>This station: {time}</source>
            <translation>Esta estación: {time}</translation>
        </message>
        <message>
            <source>Overall: {time} left</source>
            <translation>En total: quedan {time}</translation>
        </message>
        <message>
            <source>Overall: {time} over</source>
            <translation>En total: {time} de más</translation>
        </message>
        <message>
            <source>Overall: {time}</source>
            <translation>En total: {time}</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>A tiempo</translation>
        </message>
        <message>
            <source>A little behind: think about moving on</source>
            <translation>Un poco atrasado: piensa en seguir</translation>
        </message>
        <message>
            <source>Behind: move on to the next station</source>
            <translation>Atrasado: pasa a la siguiente estación</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Prompt</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>&amp;Responder</translation>
        </message>
        <message>
            <source>Answer this prompt</source>
            <translation>Responder esta pregunta</translation>
        </message>
        <message>
            <source>A&amp;nother</source>
            <translation>&amp;Otra</translation>
        </message>
        <message>
            <source>Show another prompt</source>
            <translation>Mostrar otra pregunta</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>&amp;Saltar</translation>
        </message>
        <message>
            <source>Skip this prompt</source>
            <translation>Saltar esta pregunta</translation>
        </message>
        <message>
            <source>My answer</source>
            <translation>Mi respuesta</translation>
        </message>
        <message>
            <source>&amp;Edit answer</source>
            <translation>&amp;Editar respuesta</translation>
        </message>
        <message>
            <source>Edit my answer</source>
            <translation>Editar mi respuesta</translation>
        </message>
        <message>
            <source>&amp;Delete answer</source>
            <translation>&amp;Borrar respuesta</translation>
        </message>
        <message>
            <source>Delete my answer</source>
            <translation>Borrar mi respuesta</translation>
        </message>
        <message>
            <source>Edit → Undo brings it back</source>
            <translation>Editar → Deshacer la recupera</translation>
        </message>
        <message>
            <source>Prompt of the day</source>
            <translation>Pregunta del día</translation>
        </message>
        <message>
            <source>A question about this revision</source>
            <translation>Una pregunta sobre esta versión</translation>
        </message>
        <message>
            <source>A checkpoint question</source>
            <translation>Una pregunta para tu punto de control</translation>
        </message>
        <message>
            <source>Looking back on this goal</source>
            <translation>Mirando atrás en esta meta</translation>
        </message>
        <message>
            <source>Choosing work to show</source>
            <translation>Elegir trabajos para mostrar</translation>
        </message>
        <message>
            <source>A question for you</source>
            <translation>Una pregunta para ti</translation>
        </message>
        <message>
            <source>There are no prompts switched on right now.</source>
            <translation>Ahora mismo no hay ninguna pregunta activada.</translation>
        </message>
        <message>
            <source>You answered this today:</source>
            <translation>Hoy respondiste esto:</translation>
        </message>
        <message>
            <source>You answered this:</source>
            <translation>Respondiste esto:</translation>
        </message>
        <message>
            <source>(conditions only)</source>
            <translation>(solo condiciones)</translation>
        </message>
        <message>
            <source>&amp;Answer again</source>
            <translation>&amp;Responder otra vez</translation>
        </message>
        <message>
            <source>Answer this prompt again</source>
            <translation>Responder otra vez esta pregunta</translation>
        </message>
        <message>
            <source>Your answer wasn't deleted</source>
            <translation>Tu respuesta no se borró</translation>
        </message>
        <message>
            <source>Answer deleted. Edit → Undo brings it back.</source>
            <translation>Respuesta borrada. Editar → Deshacer la recupera.</translation>
        </message>
        <message>
            <source>Skipped. There's always another day.</source>
            <translation>Saltada. Siempre habrá otro día.</translation>
        </message>
        <message>
            <source>Saved. Thank you for thinking about it!</source>
            <translation>Guardada. ¡Gracias por pensar en ello!</translation>
        </message>
    </context>
    <context>
        <name>PromptLibraryDialog</name>
        <message>
            <source>Prompts</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <source>Prompt library sections</source>
            <translation>Secciones de la biblioteca de preguntas</translation>
        </message>
        <message>
            <source>&amp;All prompts</source>
            <translation>&amp;Todas las preguntas</translation>
        </message>
        <message>
            <source>&amp;My prompts</source>
            <translation>&amp;Mis preguntas</translation>
        </message>
        <message>
            <source>&amp;Teacher packs</source>
            <translation>&amp;Paquetes de profes</translation>
        </message>
        <message>
            <source>Show prompts about</source>
            <translation>Mostrar preguntas sobre</translation>
        </message>
        <message>
            <source>Every attribute</source>
            <translation>Todos los atributos</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Attribute</source>
            <translation>Atributo</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Untick a prompt to stop it being offered.</source>
            <translation>Desmarca una pregunta para que deje de aparecer.</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>My new prompt</source>
            <translation>Mi nueva pregunta</translation>
        </message>
        <message>
            <source>A question I want to ask myself…</source>
            <translation>Una pregunta que me quiero hacer…</translation>
        </message>
        <message>
            <source>Attribute of my prompt</source>
            <translation>Atributo de mi pregunta</translation>
        </message>
        <message>
            <source>When to offer my prompt</source>
            <translation>Cuándo mostrar mi pregunta</translation>
        </message>
        <message>
            <source>It's about how I learn &amp;best</source>
            <translation>Trata de cómo aprendo &amp;mejor</translation>
        </message>
        <message>
            <source>About how I learn best</source>
            <translation>Sobre cómo aprendo mejor</translation>
        </message>
        <message>
            <source>A&amp;dd my prompt</source>
            <translation>A&amp;ñadir mi pregunta</translation>
        </message>
        <message>
            <source>Add my prompt</source>
            <translation>Añadir mi pregunta</translation>
        </message>
        <message>
            <source>My prompts</source>
            <translation>Mis preguntas</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <source>Delete my prompt</source>
            <translation>Borrar mi pregunta</translation>
        </message>
        <message>
            <source>&amp;Prompt:</source>
            <translation>&amp;Pregunta:</translation>
        </message>
        <message>
            <source>About:</source>
            <translation>Sobre:</translation>
        </message>
        <message>
            <source>Offer it:</source>
            <translation>Mostrarla:</translation>
        </message>
        <message>
            <source>A teacher can give you a prompt pack: a file of questions for your class. Tick a pack to have its prompts offered.</source>
            <translation>Tu profe puede darte un paquete de preguntas: un archivo con preguntas para tu clase. Marca un paquete para que aparezcan sus preguntas.</translation>
        </message>
        <message>
            <source>Prompt packs</source>
            <translation>Paquetes de preguntas</translation>
        </message>
        <message>
            <source>&amp;Import a pack…</source>
            <translation>&amp;Importar un paquete…</translation>
        </message>
        <message>
            <source>Import a prompt pack</source>
            <translation>Importar un paquete de preguntas</translation>
        </message>
        <message>
            <source>&amp;Remove pack</source>
            <translation>&amp;Quitar paquete</translation>
        </message>
        <message>
            <source>Remove prompt pack</source>
            <translation>Quitar el paquete de preguntas</translation>
        </message>
        <message>
            <source> by %1</source>
            <translation> de %1</translation>
        </message>
        <message numerus="yes">
            <source>%1%2 (%n prompt(s))</source>
            <translation>
                <numerusform>%1%2 (%n pregunta)</numerusform>
                <numerusform>%1%2 (%n preguntas)</numerusform>
            </translation>
        </message>
        <message>
            <source>Couldn't change the prompt</source>
            <translation>No se pudo cambiar la pregunta</translation>
        </message>
        <message>
            <source>Your prompt wasn't added</source>
            <translation>Tu pregunta no se añadió</translation>
        </message>
        <message>
            <source>Delete prompt</source>
            <translation>Borrar pregunta</translation>
        </message>
        <message>
            <source>Delete this prompt? Your answers to it are kept.</source>
            <translation>¿Borrar esta pregunta? Tus respuestas se conservan.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Couldn't delete the prompt</source>
            <translation>No se pudo borrar la pregunta</translation>
        </message>
        <message>
            <source>Couldn't switch the pack</source>
            <translation>No se pudo activar o desactivar el paquete</translation>
        </message>
        <message>
            <source>Prompt packs (*.json);;All files (*)</source>
            <translation>Paquetes de preguntas (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Checking the pack…</source>
            <translation>Revisando el paquete…</translation>
        </message>
        <message>
            <source>Adding the prompt pack…</source>
            <translation>Añadiendo el paquete de preguntas…</translation>
        </message>
        <message numerus="yes">
            <source>Added the pack “%1” (%n prompt(s)).</source>
            <translation>
                <numerusform>Se añadió el paquete «%1» (%n pregunta).</numerusform>
                <numerusform>Se añadió el paquete «%1» (%n preguntas).</numerusform>
            </translation>
        </message>
        <message>
            <source>The pack wasn't added; nothing has changed.</source>
            <translation>El paquete no se añadió; no ha cambiado nada.</translation>
        </message>
        <message>
            <source>This pack can't be used</source>
            <translation>Este paquete no se puede usar</translation>
        </message>
        <message>
            <source>Remove pack</source>
            <translation>Quitar paquete</translation>
        </message>
        <message>
            <source>Remove this pack and its prompts? Your answers to them are kept.</source>
            <translation>¿Quitar este paquete y sus preguntas? Tus respuestas se conservan.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Couldn't remove the pack</source>
            <translation>No se pudo quitar el paquete</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Tu clave de recuperación</translation>
        </message>
        <message>
            <source>Your journal is locked. If you ever forget your passphrase, this recovery key is the only other way to open it. It is shown only now: copy it, save it or write it down, and keep it somewhere safe, away from this computer.</source>
            <translation>Tu diario ya está bloqueado. Si algún día olvidas tu frase de contraseña, esta clave de recuperación es la única otra forma de abrirlo. Solo se muestra ahora: cópiala, guárdala o apúntala, y tenla en un lugar seguro, lejos de este ordenador.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy the recovery key</source>
            <translation>Copiar la clave de recuperación</translation>
        </message>
        <message>
            <source>&amp;Save to a file…</source>
            <translation>&amp;Guardar en un archivo…</translation>
        </message>
        <message>
            <source>Save the recovery key to a file</source>
            <translation>Guardar la clave de recuperación en un archivo</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Print the recovery key</source>
            <translation>Imprimir la clave de recuperación</translation>
        </message>
        <message>
            <source>Recovery key message</source>
            <translation>Mensaje sobre la clave de recuperación</translation>
        </message>
        <message>
            <source>I have kept it</source>
            <translation>Ya la he guardado</translation>
        </message>
        <message>
            <source>I have kept my recovery key</source>
            <translation>Ya he guardado mi clave de recuperación</translation>
        </message>
        <message>
            <source>Copied. Paste it somewhere safe.</source>
            <translation>Copiada. Pégala en un lugar seguro.</translation>
        </message>
        <message>
            <source>Learning Journal recovery key</source>
            <translation>Clave de recuperación de Learning Journal</translation>
        </message>
        <message>
            <source>It opens your journal if you forget your passphrase.</source>
            <translation>Abre tu diario si olvidas tu frase de contraseña.</translation>
        </message>
        <message>
            <source>Sent to the printer. Keep the page somewhere safe.</source>
            <translation>Enviada a la impresora. Guarda la hoja en un lugar seguro.</translation>
        </message>
        <message>
            <source>Save the recovery key</source>
            <translation>Guardar la clave de recuperación</translation>
        </message>
        <message>
            <source>The key could not be saved there (%1); choose another place.</source>
            <translation>No se ha podido guardar la clave ahí (%1); elige otro lugar.</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Guardada en %1.</translation>
        </message>
    </context>
    <context>
        <name>Reflection</name>
        <message>
            <source>Working on it</source>
            <translation>En ello</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Lograda</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonada</translation>
        </message>
        <message>
            <source>me</source>
            <translation>yo</translation>
        </message>
        <message>
            <source>my teacher</source>
            <translation>mi profe</translation>
        </message>
        <message>
            <source>a classmate</source>
            <translation>un compañero</translation>
        </message>
        <message>
            <source>Just me</source>
            <translation>Solo yo</translation>
        </message>
        <message>
            <source>My class</source>
            <translation>Mi clase</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>Just starting</source>
            <translation>Empezando</translation>
        </message>
        <message>
            <source>Getting there</source>
            <translation>Casi lo tengo</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Lo tengo</translation>
        </message>
        <message>
            <source>I could teach it</source>
            <translation>Podría enseñarlo</translation>
        </message>
        <message>
            <source>I've begun, but I can't do this yet.</source>
            <translation>He empezado, pero todavía no sé hacerlo.</translation>
        </message>
        <message>
            <source>I can do some of it, or with help.</source>
            <translation>Sé hacer una parte, o con ayuda.</translation>
        </message>
        <message>
            <source>I can do this on my own.</source>
            <translation>Sé hacerlo por mi cuenta.</translation>
        </message>
        <message>
            <source>I can do it well and explain it to someone else.</source>
            <translation>Sé hacerlo bien y explicárselo a otra persona.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Vence pronto</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>No se hizo</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Próximamente</translation>
        </message>
        <message>
            <source>Any day</source>
            <translation>Cualquier día</translation>
        </message>
        <message>
            <source>After a revision</source>
            <translation>Después de una versión</translation>
        </message>
        <message>
            <source>At a checkpoint</source>
            <translation>En un punto de control</translation>
        </message>
        <message>
            <source>At the end of a goal</source>
            <translation>Al final de una meta</translation>
        </message>
        <message>
            <source>Choosing work to show</source>
            <translation>Elegir trabajos para mostrar</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Incluida</translation>
        </message>
        <message>
            <source>Teacher's pack</source>
            <translation>Paquete del profe</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mías</translation>
        </message>
        <message>
            <source>On my own</source>
            <translation>Por mi cuenta</translation>
        </message>
        <message>
            <source>With a friend</source>
            <translation>Con un amigo</translation>
        </message>
        <message>
            <source>In a group</source>
            <translation>En grupo</translation>
        </message>
        <message>
            <source>With an expert</source>
            <translation>Con alguien experto</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Leyendo</translation>
        </message>
        <message>
            <source>Making</source>
            <translation>Haciendo</translation>
        </message>
        <message>
            <source>Talking</source>
            <translation>Hablando</translation>
        </message>
        <message>
            <source>Watching</source>
            <translation>Mirando</translation>
        </message>
        <message>
            <source>Practising</source>
            <translation>Practicando</translation>
        </message>
        <message>
            <source>Teaching others</source>
            <translation>Enseñando a otros</translation>
        </message>
        <message>
            <source>Morning</source>
            <translation>Mañana</translation>
        </message>
        <message>
            <source>Afternoon</source>
            <translation>Tarde</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>Atardecer</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Noche</translation>
        </message>
        <message>
            <source>Classroom</source>
            <translation>Aula</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Casa</translation>
        </message>
        <message>
            <source>Outdoors</source>
            <translation>Al aire libre</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Laboratorio</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <source>Low energy</source>
            <translation>Poca energía</translation>
        </message>
        <message>
            <source>Some energy</source>
            <translation>Algo de energía</translation>
        </message>
        <message>
            <source>Lots of energy</source>
            <translation>Mucha energía</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>Con quién</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Momento del día</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energía</translation>
        </message>
    </context>
    <context>
        <name>ReflectionEditor</name>
        <message>
            <source>Your answer</source>
            <translation>Tu respuesta</translation>
        </message>
        <message>
            <source>Write as much or as little as you like…</source>
            <translation>Escribe tanto o tan poco como quieras…</translation>
        </message>
        <message>
            <source>How did the learning go? (optional)</source>
            <translation>¿Cómo fue el aprendizaje? (opcional)</translation>
        </message>
        <message>
            <source>Show learning conditions</source>
            <translation>Mostrar las condiciones de aprendizaje</translation>
        </message>
        <message>
            <source>Save answer</source>
            <translation>Guardar respuesta</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel answer</source>
            <translation>Cancelar respuesta</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <source>Your answer isn't saved</source>
            <translation>Tu respuesta no está guardada</translation>
        </message>
        <message>
            <source>You've written an answer but haven't saved it. If you leave it now, what you wrote is lost. Keep writing?</source>
            <translation>Has escrito una respuesta, pero no la has guardado. Si la dejas ahora, se pierde lo que escribiste. ¿Seguir escribiendo?</translation>
        </message>
        <message>
            <source>Discard my answer</source>
            <translation>Descartar mi respuesta</translation>
        </message>
        <message>
            <source>Keep writing</source>
            <translation>Seguir escribiendo</translation>
        </message>
        <message>
            <source>Your answer wasn't saved</source>
            <translation>Tu respuesta no se guardó</translation>
        </message>
    </context>
    <context>
        <name>ReviewFeedbackPanel</name>
        <message>
            <source>Your feedback</source>
            <translation>Tus comentarios</translation>
        </message>
        <message>
            <source>Your name, as the student will see it</source>
            <translation>Tu nombre, tal como lo verá el estudiante</translation>
        </message>
        <message>
            <source>Your name, e.g. Ms Park</source>
            <translation>Tu nombre, p. ej. Sra. Park</translation>
        </message>
        <message>
            <source>What your comment is about</source>
            <translation>Sobre qué es tu comentario</translation>
        </message>
        <message>
            <source>Your comment</source>
            <translation>Tu comentario</translation>
        </message>
        <message>
            <source>Write a comment for the student… (Ctrl+Enter adds it)</source>
            <translation>Escribe un comentario para el estudiante… (Ctrl+Enter lo añade)</translation>
        </message>
        <message>
            <source>&amp;Add comment</source>
            <translation>&amp;Añadir comentario</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Añadir comentario</translation>
        </message>
        <message>
            <source>Add this comment (Ctrl+Enter)</source>
            <translation>Añadir este comentario (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Your comments so far</source>
            <translation>Tus comentarios hasta ahora</translation>
        </message>
        <message>
            <source>&amp;Remove comment</source>
            <translation>&amp;Quitar comentario</translation>
        </message>
        <message>
            <source>Remove the chosen comment</source>
            <translation>Quitar el comentario elegido</translation>
        </message>
        <message>
            <source>&amp;Save feedback…</source>
            <translation>&amp;Guardar comentarios…</translation>
        </message>
        <message>
            <source>Save feedback</source>
            <translation>Guardar comentarios</translation>
        </message>
        <message>
            <source>Save your comments as a feedback file (Ctrl+Shift+S)</source>
            <translation>Guardar tus comentarios en un archivo de comentarios (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>&amp;About:</source>
            <translation>&amp;Sobre:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Comments so far</source>
            <translation>Comentarios hasta ahora</translation>
        </message>
        <message>
            <source>A teacher</source>
            <translation>Un profe</translation>
        </message>
        <message>
            <source>Feedback already given here: %1</source>
            <translation>Comentarios ya hechos aquí: %1</translation>
        </message>
        <message>
            <source>That comment can't be added: it needs some text, at most %1 characters.</source>
            <translation>No se puede añadir ese comentario: necesita algo de texto, como mucho %1 caracteres.</translation>
        </message>
        <message>
            <source>About %1:</source>
            <translation>Sobre %1:</translation>
        </message>
        <message>
            <source>No comments yet.</source>
            <translation>Todavía no hay comentarios.</translation>
        </message>
        <message>
            <source>Choose what your comment is about, write it, and add it.</source>
            <translation>Elige sobre qué es tu comentario, escríbelo y añádelo.</translation>
        </message>
        <message>
            <source>No comments yet</source>
            <translation>Todavía no hay comentarios</translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s), not saved yet.</source>
            <translation>
                <numerusform>%n comentario, aún sin guardar.</numerusform>
                <numerusform>%n comentarios, aún sin guardar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s) not saved yet</source>
            <translation>
                <numerusform>%n comentario aún sin guardar</numerusform>
                <numerusform>%n comentarios aún sin guardar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s), all saved.</source>
            <translation>
                <numerusform>%n comentario, guardado.</numerusform>
                <numerusform>%n comentarios, todos guardados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s) saved in a feedback file</source>
            <translation>
                <numerusform>%n comentario guardado en un archivo de comentarios</numerusform>
                <numerusform>%n comentarios guardados en un archivo de comentarios</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <source> — review, read only</source>
            <translation> — revisión, solo lectura</translation>
        </message>
        <message>
            <source>Reviewing %1’s portfolio — read only. Your comments go into a feedback file.</source>
            <translation>Estás revisando el portafolio de %1, solo para leer. Tus comentarios van a un archivo de comentarios.</translation>
        </message>
        <message>
            <source>Exported on %1 with Learning Journal %2. Every file in it was checked and is intact. Nothing here is added to your own journal.</source>
            <translation>Exportado el %1 con Learning Journal %2. Se comprobó cada archivo y todo está intacto. Nada de esto se añade a tu propio diario.</translation>
        </message>
        <message>
            <source>Your feedback</source>
            <translation>Tus comentarios</translation>
        </message>
        <message>
            <source>Save &amp;feedback…</source>
            <translation>Guardar &amp;comentarios…</translation>
        </message>
        <message>
            <source>Save your comments as a feedback file to send to the student</source>
            <translation>Guardar tus comentarios en un archivo para enviárselo al estudiante</translation>
        </message>
        <message>
            <source>C&amp;ontinue earlier feedback…</source>
            <translation>C&amp;ontinuar comentarios anteriores…</translation>
        </message>
        <message>
            <source>Carry on with a feedback file you saved earlier for this portfolio</source>
            <translation>Seguir con un archivo de comentarios que guardaste antes para este portafolio</translation>
        </message>
        <message>
            <source>&amp;Write a comment</source>
            <translation>&amp;Escribir un comentario</translation>
        </message>
        <message>
            <source>Go to the comment box</source>
            <translation>Ir al cuadro de comentarios</translation>
        </message>
        <message>
            <source>E&amp;xhibitions</source>
            <translation>E&amp;xposiciones</translation>
        </message>
        <message>
            <source>Open it in your browser</source>
            <translation>Abrirla en tu navegador</translation>
        </message>
        <message>
            <source>Panel feedback on “{title}”…</source>
            <translation>Comentarios del jurado sobre «{title}»…</translation>
        </message>
        <message>
            <source>Add a comment first, then save.</source>
            <translation>Primero añade un comentario y luego guarda.</translation>
        </message>
        <message>
            <source>Save your feedback</source>
            <translation>Guardar tus comentarios</translation>
        </message>
        <message>
            <source>Feedback files (*%1)</source>
            <translation>Archivos de comentarios (*%1)</translation>
        </message>
        <message>
            <source>Your feedback was not saved</source>
            <translation>Tus comentarios no se guardaron</translation>
        </message>
        <message>
            <source>Saved your feedback to %1. Send this file to the student.</source>
            <translation>Tus comentarios se guardaron en %1. Envía este archivo al estudiante.</translation>
        </message>
        <message>
            <source>Continue earlier feedback</source>
            <translation>Continuar comentarios anteriores</translation>
        </message>
        <message>
            <source>That feedback can't be continued here</source>
            <translation>Esos comentarios no se pueden continuar aquí</translation>
        </message>
        <message>
            <source>Carrying on with the feedback you saved earlier.</source>
            <translation>Sigues con los comentarios que guardaste antes.</translation>
        </message>
    </context>
    <context>
        <name>RevisionHistory</name>
        <message>
            <source>Draft %1</source>
            <translation>Borrador %1</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Hoy, %1</translation>
        </message>
        <message>
            <source>Yesterday, %1</source>
            <translation>Ayer, %1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>date, time</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Words added: %1, taken out: %2</source>
            <translation>Palabras añadidas: %1, quitadas: %2</translation>
        </message>
        <message>
            <source>Restored from an earlier draft</source>
            <translation>Recuperado de un borrador anterior</translation>
        </message>
        <message>
            <source>Restored from draft %1</source>
            <translation>Recuperado del borrador %1</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Kept when you moved to another entry</source>
            <translation>Guardado al pasar a otra entrada</translation>
        </message>
        <message>
            <source>Kept after a pause in writing</source>
            <translation>Guardado tras una pausa al escribir</translation>
        </message>
        <message>
            <source>Kept when you closed the app</source>
            <translation>Guardado al cerrar la aplicación</translation>
        </message>
        <message>
            <source>Brought in from a portfolio</source>
            <translation>Traído de un portafolio</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>reason, note</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>First draft</source>
            <translation>Primer borrador</translation>
        </message>
    </context>
    <context>
        <name>RevisionHistoryModel</name>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Palabras</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Each saved version of this entry, numbered from the first</source>
            <translation>Cada versión guardada de esta entrada, numerada desde la primera</translation>
        </message>
        <message>
            <source>When this version was saved</source>
            <translation>Cuándo se guardó esta versión</translation>
        </message>
        <message>
            <source>Words added (+) and taken out (−) since the version before</source>
            <translation>Palabras añadidas (+) y quitadas (−) desde la versión anterior</translation>
        </message>
        <message>
            <source>How many words this version has</source>
            <translation>Cuántas palabras tiene esta versión</translation>
        </message>
        <message>
            <source>What you changed and why</source>
            <translation>Qué cambiaste y por qué</translation>
        </message>
        <message>
            <source> (latest)</source>
            <translation> (la última)</translation>
        </message>
        <message>
            <source>Words in all: %1</source>
            <translation>Palabras en total: %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Nota: %1</translation>
        </message>
    </context>
    <context>
        <name>RevisionHistoryPanel</name>
        <message>
            <source>Revision history</source>
            <translation>Historial de versiones</translation>
        </message>
        <message>
            <source>Saved drafts</source>
            <translation>Borradores guardados</translation>
        </message>
        <message>
            <source>Pick one draft to read it, or two drafts to compare them.</source>
            <translation>Elige un borrador para leerlo, o dos para compararlos.</translation>
        </message>
        <message>
            <source>What Compare will show</source>
            <translation>Qué mostrará Comparar</translation>
        </message>
        <message>
            <source>Title of the draft</source>
            <translation>Título del borrador</translation>
        </message>
        <message>
            <source>About the draft</source>
            <translation>Sobre el borrador</translation>
        </message>
        <message>
            <source>Text of the draft</source>
            <translation>Texto del borrador</translation>
        </message>
        <message>
            <source>Read-only: restore it to write on it</source>
            <translation>Solo lectura: recupéralo para escribir en él</translation>
        </message>
        <message>
            <source>Pick a draft above to read it here.</source>
            <translation>Elige un borrador de arriba para leerlo aquí.</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Comparar</translation>
        </message>
        <message>
            <source>See what changed, side by side</source>
            <translation>Ver qué cambió, uno al lado del otro</translation>
        </message>
        <message>
            <source>&amp;Restore this version</source>
            <translation>&amp;Recuperar esta versión</translation>
        </message>
        <message>
            <source>Make this draft the current text again (nothing is lost)</source>
            <translation>Volver a usar este borrador como texto actual (no se pierde nada)</translation>
        </message>
        <message>
            <source>C&amp;opy text</source>
            <translation>C&amp;opiar texto</translation>
        </message>
        <message>
            <source>Copy this draft's text to paste it somewhere else</source>
            <translation>Copiar el texto de este borrador para pegarlo en otro sitio</translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>Copiar texto</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>Restore this version</source>
            <translation>Recuperar esta versión</translation>
        </message>
        <message>
            <source>Copied the text of %1. Paste it anywhere with Ctrl+V.</source>
            <translation>Se copió el texto de %1. Pégalo donde quieras con Ctrl+V.</translation>
        </message>
        <message>
            <source>Pick an entry to see all its drafts.</source>
            <translation>Elige una entrada para ver todos sus borradores.</translation>
        </message>
        <message>
            <source>No saved drafts yet. Save this entry and each version will be kept here.</source>
            <translation>Aún no hay borradores guardados. Guarda esta entrada y cada versión se conservará aquí.</translation>
        </message>
        <message>
            <source>This is the first draft. Save again later to see how your work grows.</source>
            <translation>Este es el primer borrador. Vuelve a guardar más tarde para ver cómo crece tu trabajo.</translation>
        </message>
        <message>
            <source>Pick a draft to read it, or two to compare them.</source>
            <translation>Elige un borrador para leerlo, o dos para compararlos.</translation>
        </message>
        <message>
            <source>Compare shows what changed in the latest draft.</source>
            <translation>Comparar muestra qué cambió en el último borrador.</translation>
        </message>
        <message>
            <source>Compare shows what changed from %1 to the latest draft.</source>
            <translation>Comparar muestra qué cambió desde %1 hasta el último borrador.</translation>
        </message>
        <message>
            <source>Compare shows what changed from %1 to %2.</source>
            <translation>Comparar muestra qué cambió desde %1 hasta %2.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Words: %1</source>
            <translation>Palabras: %1</translation>
        </message>
        <message>
            <source>Files: %1</source>
            <translation>Archivos: %1</translation>
        </message>
        <message>
            <source>This draft could not be read.</source>
            <translation>No se pudo leer este borrador.</translation>
        </message>
    </context>
    <context>
        <name>ScaleGroup</name>
        <message>
            <source>%1: 1, %2</source>
            <comment>scale, low end</comment>
            <translation>%1: 1, %2</translation>
        </message>
        <message>
            <source>%1: 5, %2</source>
            <comment>scale, high end</comment>
            <translation>%1: 5, %2</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <comment>scale ends</comment>
            <translation>%1 → %2</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Everything you can do from the keyboard in this window:</source>
            <translation>Todo lo que puedes hacer con el teclado en esta ventana:</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
    </context>
    <context>
        <name>StartupFrame</name>
        <message>
            <source>Learning Journal</source>
            <translation>Learning Journal</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Reflect</source>
            <translation>&amp;Reflexionar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Search my journal…</source>
            <translation>Buscar en mi diario…</translation>
        </message>
        <message>
            <source>Search entries</source>
            <translation>Buscar entradas</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation>Abriendo tu diario…</translation>
        </message>
        <message>
            <source>&amp;Bring my journal back</source>
            <translation>&amp;Recuperar mi diario</translation>
        </message>
        <message>
            <source>Bring my journal back from its backup</source>
            <translation>Recuperar mi diario desde su copia de seguridad</translation>
        </message>
        <message>
            <source>&amp;Open my journal</source>
            <translation>&amp;Abrir mi diario</translation>
        </message>
        <message>
            <source>Open my journal</source>
            <translation>Abrir mi diario</translation>
        </message>
        <message>
            <source>Choose your journal.</source>
            <translation>Elige tu diario.</translation>
        </message>
        <message>
            <source>The journal is not open.</source>
            <translation>El diario no está abierto.</translation>
        </message>
        <message>
            <source>Your journal file is damaged, so it can't be opened as it is.

Learning Journal can bring it back from its newest good backup, then rescue everything newer that can still be read. The damaged file is kept aside, so nothing is thrown away.</source>
            <translation>El archivo de tu diario está dañado, así que no se puede abrir tal como está.

Learning Journal puede recuperarlo desde su copia de seguridad buena más reciente y rescatar todo lo posterior que aún se pueda leer. El archivo dañado se guarda aparte, así que no se tira nada.</translation>
        </message>
        <message>
            <source>Your journal is back.</source>
            <translation>Tu diario ha vuelto.</translation>
        </message>
    </context>
    <context>
        <name>StudentFeedbackPanel</name>
        <message>
            <source>Feedback</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <source>Comments from your teacher</source>
            <translation>Comentarios de tu profe</translation>
        </message>
        <message>
            <source>&amp;Next new comment</source>
            <translation>&amp;Siguiente comentario nuevo</translation>
        </message>
        <message>
            <source>Go to the next new comment</source>
            <translation>Ir al siguiente comentario nuevo</translation>
        </message>
        <message>
            <source>Show the next entry or goal with a new comment</source>
            <translation>Mostrar la siguiente entrada o meta con un comentario nuevo</translation>
        </message>
        <message>
            <source>Feedback on this goal</source>
            <translation>Comentarios sobre esta meta</translation>
        </message>
        <message>
            <source>Feedback on this entry</source>
            <translation>Comentarios sobre esta entrada</translation>
        </message>
        <message>
            <source>Your teacher</source>
            <translation>Tu profe</translation>
        </message>
        <message>
            <source>%1 on %2, %3</source>
            <translation>%1 el %2, %3</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>No feedback on this goal yet.</source>
            <translation>Todavía no hay comentarios sobre esta meta.</translation>
        </message>
        <message>
            <source>No feedback on this entry yet. When your teacher sends you a feedback file, add it with File → Import…</source>
            <translation>Todavía no hay comentarios sobre esta entrada. Cuando tu profe te envíe un archivo de comentarios, añádelo con Archivo → Importar…</translation>
        </message>
        <message>
            <source>Open an entry or a goal to see its feedback.</source>
            <translation>Abre una entrada o una meta para ver sus comentarios.</translation>
        </message>
        <message numerus="yes">
            <source>%n new comment(s) on other entries or goals.</source>
            <translation>
                <numerusform>%n comentario nuevo en otras entradas o metas.</numerusform>
                <numerusform>%n comentarios nuevos en otras entradas o metas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <source>New entry from a template</source>
            <translation>Nueva entrada desde una plantilla</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Plantillas</translation>
        </message>
        <message>
            <source>What the new entry starts with</source>
            <translation>Con qué empieza la entrada nueva</translation>
        </message>
        <message>
            <source>&amp;Delete my template</source>
            <translation>&amp;Borrar mi plantilla</translation>
        </message>
        <message>
            <source>Delete the selected template of mine</source>
            <translation>Borrar la plantilla mía elegida</translation>
        </message>
        <message>
            <source>Start writing</source>
            <translation>Empezar a escribir</translation>
        </message>
        <message>
            <source>Start a new entry from this template</source>
            <translation>Empezar una entrada nueva con esta plantilla</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Start from a shape that helps you think:</source>
            <translation>Empieza con una forma que te ayude a pensar:</translation>
        </message>
        <message>
            <source>%1 (mine)</source>
            <translation>%1 (mía)</translation>
        </message>
        <message>
            <source>Delete this template?</source>
            <translation>¿Borrar esta plantilla?</translation>
        </message>
        <message>
            <source>“%1” will be deleted. Entries made from it keep their text.</source>
            <translation>Se borrará «%1». Las entradas hechas con ella conservan su texto.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>The template could not be deleted</source>
            <translation>No se pudo borrar la plantilla</translation>
        </message>
    </context>
    <context>
        <name>ThenNowCard</name>
        <message>
            <source>Then</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>Then and now: %1</source>
            <translation>Antes y ahora: %1</translation>
        </message>
        <message>
            <source>Then: %1 — Now: %2</source>
            <translation>Antes: %1 — Ahora: %2</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>The folder {folder} does not exist; choose another place to save.</source>
            <translation>La carpeta {folder} no existe; elige otro sitio para guardar.</translation>
        </message>
        <message>
            <source>The picture could not be saved to {path}; check the folder can be written to.</source>
            <translation>No se pudo guardar la imagen en {path}; comprueba que se puede escribir en la carpeta.</translation>
        </message>
        <message>
            <source>Made with Learning Journal</source>
            <translation>Hecho con Learning Journal</translation>
        </message>
        <message>
            <source>The drawing could not be saved to {path}; check the folder can be written to.</source>
            <translation>No se pudo guardar el dibujo en {path}; comprueba que se puede escribir en la carpeta.</translation>
        </message>
        <message>
            <source>Term {number}</source>
            <translation>Trimestre {number}</translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>Timeline</source>
            <translation>Línea del tiempo</translation>
        </message>
        <message>
            <source>Timeline tools</source>
            <translation>Herramientas de la línea del tiempo</translation>
        </message>
        <message>
            <source>Pick an entry on the timeline and press G to see how it grew, draft by draft.</source>
            <translation>Elige una entrada en la línea del tiempo y pulsa G para ver cómo creció, borrador a borrador.</translation>
        </message>
        <message>
            <source>Timeline views</source>
            <translation>Vistas de la línea del tiempo</translation>
        </message>
        <message>
            <source>How it grew</source>
            <translation>Cómo creció</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Show &amp;everything</source>
            <translation>Mostrar &amp;todo</translation>
        </message>
        <message>
            <source>Show every entry on the timeline</source>
            <translation>Mostrar todas las entradas en la línea del tiempo</translation>
        </message>
        <message>
            <source>words “%1”</source>
            <translation>palabras «%1»</translation>
        </message>
        <message>
            <source>tag %1</source>
            <translation>etiqueta %1</translation>
        </message>
        <message numerus="yes">
            <source>%n attribute(s)</source>
            <translation>
                <numerusform>%n atributo</numerusform>
                <numerusform>%n atributos</numerusform>
            </translation>
        </message>
        <message>
            <source>a date range</source>
            <translation>un rango de fechas</translation>
        </message>
        <message>
            <source>one goal</source>
            <translation>una meta</translation>
        </message>
        <message>
            <source>Only entries that match your search on the Journal page are shown (%1).</source>
            <translation>Solo se muestran las entradas que coinciden con tu búsqueda en la página Diario (%1).</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Drafts: {count}</source>
            <translation>Borradores: {count}</translation>
        </message>
        <message>
            <source>Entries: {count}</source>
            <translation>Entradas: {count}</translation>
        </message>
        <message>
            <source>Click to zoom in</source>
            <translation>Haz clic para acercar</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Checkpoints done: {done} of {total}</source>
            <translation>Puntos de control hechos: {done} de {total}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Próximamente</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Aún sin hacer</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Punto de control</translation>
        </message>
        <message>
            <source>Reflections: {count}</source>
            <translation>Reflexiones: {count}</translation>
        </message>
        <message>
            <source>Feedback: {count}</source>
            <translation>Comentarios: {count}</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexión</translation>
        </message>
        <message>
            <source>Feedback from {name}</source>
            <translation>Comentarios de {name}</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Metas</translation>
        </message>
        <message>
            <source>Reflections, feedback</source>
            <translation>Reflexiones, comentarios</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Entry (bigger: more drafts)</source>
            <translation>Entrada (más grande: más borradores)</translation>
        </message>
        <message>
            <source>Many entries (count)</source>
            <translation>Muchas entradas (cantidad)</translation>
        </message>
        <message>
            <source>Drafts (zoom in)</source>
            <translation>Borradores (acerca para verlos)</translation>
        </message>
        <message>
            <source>Checkpoint done</source>
            <translation>Punto de control hecho</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>No se hizo</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <source>No entries match these filters.</source>
            <translation>Ninguna entrada coincide con estos filtros.</translation>
        </message>
        <message>
            <source>Nothing here yet: your entries will appear here as you write them.</source>
            <translation>Aquí no hay nada todavía: tus entradas aparecerán aquí a medida que escribas.</translation>
        </message>
        <message>
            <source>Lanes: attributes</source>
            <translation>Carriles: atributos</translation>
        </message>
        <message>
            <source>Lanes: goals</source>
            <translation>Carriles: metas</translation>
        </message>
        <message>
            <source>Lanes: tags</source>
            <translation>Carriles: etiquetas</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Línea del tiempo</translation>
        </message>
        <message>
            <source>Your work over time. Plus and minus zoom, arrows move along, Home shows everything. N goes to the next entry, P to the previous one, L changes lane, Enter opens the entry, G shows how it grew. Its entries and months are listed inside it.</source>
            <translation>Tu trabajo a lo largo del tiempo. Más y menos acercan o alejan, las flechas avanzan, Inicio lo muestra todo. N va a la entrada siguiente, P a la anterior, L cambia de carril, Intro abre la entrada, G muestra cómo creció. Dentro están sus entradas y sus meses.</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>Other tags</source>
            <translation>Otras etiquetas</translation>
        </message>
        <message>
            <source>Not linked to a goal</source>
            <translation>Sin unir a una meta</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>{title}, {day}, drafts: {count}, lane: {lane}</source>
            <translation>{title}, {day}, borradores: {count}, carril: {lane}</translation>
        </message>
        <message>
            <source>Timeline: {item}</source>
            <translation>Línea del tiempo: {item}</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n entry(s)</source>
            <translation>
                <numerusform>%1: %n entrada</numerusform>
                <numerusform>%1: %n entradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Entry with %n draft(s)</source>
            <translation>
                <numerusform>Entrada con %n borrador</numerusform>
                <numerusform>Entrada con %n borradores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %2, %n draft(s)</source>
            <comment>title, day</comment>
            <translation>
                <numerusform>%1, %2, %n borrador</numerusform>
                <numerusform>%1, %2, %n borradores</numerusform>
            </translation>
        </message>
        <message>
            <source>Learning Journal timeline</source>
            <translation>Línea del tiempo de Learning Journal</translation>
        </message>
        <message>
            <source>Save the timeline as a picture</source>
            <translation>Guardar la línea del tiempo como imagen</translation>
        </message>
        <message>
            <source>PNG picture (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>Save the timeline as a drawing</source>
            <translation>Guardar la línea del tiempo como dibujo</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>Show everything</source>
            <translation>Mostrar todo</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <source>Lanes by attribute</source>
            <translation>Carriles por atributo</translation>
        </message>
        <message>
            <source>Lanes by goal</source>
            <translation>Carriles por meta</translation>
        </message>
        <message>
            <source>Lanes by tag</source>
            <translation>Carriles por etiqueta</translation>
        </message>
        <message>
            <source>Save as picture (PNG)…</source>
            <translation>Guardar como imagen (PNG)…</translation>
        </message>
        <message>
            <source>Save as drawing (SVG)…</source>
            <translation>Guardar como dibujo (SVG)…</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Change my &amp;name</source>
            <translation>Cambiar mi &amp;nombre</translation>
        </message>
        <message>
            <source>Change my name</source>
            <translation>Cambiar mi nombre</translation>
        </message>
        <message>
            <source>The name on this journal and on the portfolios you export</source>
            <translation>El nombre de este diario y de los portafolios que exportas</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <source>Your name, then Enter</source>
            <translation>Tu nombre y luego Intro</translation>
        </message>
        <message>
            <source>Write a new entry</source>
            <translation>Escribir una entrada nueva</translation>
        </message>
        <message>
            <source>Start a new entry (Ctrl+N)</source>
            <translation>Empezar una entrada nueva (Ctrl+N)</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>Hola, %1</translation>
        </message>
        <message>
            <source>Hello</source>
            <translation>Hola</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Trash</source>
            <translation>Papelera</translation>
        </message>
        <message>
            <source>Entries in the trash</source>
            <translation>Entradas en la papelera</translation>
        </message>
        <message>
            <source>Entries here keep all their drafts. Restore one to put it back in your journal.</source>
            <translation>Las entradas de aquí conservan todos sus borradores. Recupera una para devolverla a tu diario.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Recuperar</translation>
        </message>
        <message>
            <source>Restore selected entries</source>
            <translation>Recuperar las entradas elegidas</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>&amp;Vaciar la papelera…</translation>
        </message>
        <message>
            <source>Empty the trash</source>
            <translation>Vaciar la papelera</translation>
        </message>
        <message>
            <source>Close the trash</source>
            <translation>Cerrar la papelera</translation>
        </message>
        <message>
            <source>Empty the trash?</source>
            <translation>¿Vaciar la papelera?</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) and all their drafts will be deleted for good. This can't be undone.</source>
            <translation>
                <numerusform>%n entrada y todos sus borradores se borrarán para siempre. No se puede deshacer.</numerusform>
                <numerusform>%n entradas y todos sus borradores se borrarán para siempre. No se puede deshacer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Borrar para siempre</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock your journal</source>
            <translation>Desbloquea tu diario</translation>
        </message>
        <message>
            <source>Journal folder</source>
            <translation>Carpeta del diario</translation>
        </message>
        <message>
            <source>Use my &amp;recovery key instead</source>
            <translation>Usar mi &amp;clave de recuperación en su lugar</translation>
        </message>
        <message>
            <source>Use recovery key</source>
            <translation>Usar la clave de recuperación</translation>
        </message>
        <message>
            <source>Unlock message</source>
            <translation>Mensaje de desbloqueo</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Open the journal</source>
            <translation>Abrir el diario</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Type the recovery key you were given when you locked this journal.</source>
            <translation>Escribe la clave de recuperación que recibiste al bloquear este diario.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>ABCDE-FGHIJ-…</source>
            <translation>ABCDE-FGHIJ-…</translation>
        </message>
        <message>
            <source>This journal is locked. Type its passphrase to open it.</source>
            <translation>Este diario está bloqueado. Escribe su frase de contraseña para abrirlo.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <source>The journal could not be unlocked (%1).</source>
            <translation>No se ha podido desbloquear el diario (%1).</translation>
        </message>
        <message numerus="yes">
            <source>You can try again in %n second(s).</source>
            <translation>
                <numerusform>Puedes volver a intentarlo dentro de %n segundo.</numerusform>
                <numerusform>Puedes volver a intentarlo dentro de %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Vuelve a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>WeeklyCountsModel</name>
        <message>
            <source>Week of</source>
            <translation>Semana del</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>Drafts saved</source>
            <translation>Borradores guardados</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflexiones</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <source>Welcome to your Learning Journal</source>
            <translation>Te damos la bienvenida a tu Learning Journal</translation>
        </message>
        <message>
            <source>This is your place to keep your work and the story of how it grew. Every draft is saved, so you can always look back and see how far you've come.</source>
            <translation>Este es tu sitio para guardar tu trabajo y la historia de cómo creció. Cada borrador se guarda, así que siempre puedes mirar atrás y ver todo lo que has avanzado.</translation>
        </message>
        <message>
            <source>&amp;What's your name?</source>
            <translation>¿Cómo te &amp;llamas?</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <source>We use it when you share a portfolio, so your teacher knows whose work it is. You can change it later.</source>
            <translation>Lo usamos cuando compartes un portafolio, para que tu profe sepa de quién es el trabajo. Puedes cambiarlo más tarde.</translation>
        </message>
        <message>
            <source>Your journal is kept in this &amp;folder:</source>
            <translation>Tu diario se guarda en esta &amp;carpeta:</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>Everything stays on this computer unless you choose to share it.</source>
            <translation>Todo se queda en este ordenador salvo que decidas compartirlo.</translation>
        </message>
        <message>
            <source>Open a &amp;sample journal to explore</source>
            <translation>Abrir un diario de &amp;ejemplo para explorar</translation>
        </message>
        <message>
            <source>Open a sample journal to explore</source>
            <translation>Abrir un diario de ejemplo para explorar</translation>
        </message>
        <message>
            <source>A made-up student's year of entries, to look around and try things out. Your own journal stays empty and ready for you.</source>
            <translation>Un año inventado de entradas de un estudiante, para curiosear y probar cosas. Tu propio diario se queda vacío y listo para ti.</translation>
        </message>
        <message>
            <source>Let's &amp;start</source>
            <translation>¡&amp;Empecemos!</translation>
        </message>
        <message>
            <source>Let's start</source>
            <translation>Empecemos</translation>
        </message>
    </context>
    <context>
        <name>WhoIsWriting</name>
        <message>
            <source>Who's writing?</source>
            <translation>¿Quién va a escribir?</translation>
        </message>
        <message>
            <source>Type your name to open your journal.</source>
            <translation>Escribe tu nombre para abrir tu diario.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <source>&amp;Open my journal</source>
            <translation>&amp;Abrir mi diario</translation>
        </message>
        <message>
            <source>Open my journal</source>
            <translation>Abrir mi diario</translation>
        </message>
        <message>
            <source>Choose your journal. Each student's journal is their own.</source>
            <translation>Elige tu diario. Cada estudiante tiene el suyo.</translation>
        </message>
        <message>
            <source>A journal with no name yet (%1)</source>
            <translation>Un diario todavía sin nombre (%1)</translation>
        </message>
        <message>
            <source>Open the journal of %1</source>
            <translation>Abrir el diario de %1</translation>
        </message>
        <message>
            <source>&amp;Add my journal</source>
            <translation>&amp;Crear mi diario</translation>
        </message>
        <message>
            <source>Add my journal</source>
            <translation>Crear mi diario</translation>
        </message>
        <message>
            <source>Start a new journal of your own on this computer</source>
            <translation>Empezar un diario propio en este ordenador</translation>
        </message>
        <message>
            <source>No journal on this computer has that name. Check how it is spelled, or add your journal.</source>
            <translation>Ningún diario de este ordenador tiene ese nombre. Revisa cómo lo has escrito o crea tu diario.</translation>
        </message>
    </context>
    <context>
        <name>WindowFit</name>
        <message>
            <source>Close the %1 panel</source>
            <translation>Cerrar el panel %1</translation>
        </message>
        <message>
            <source>Float or dock the %1 panel</source>
            <translation>Soltar o acoplar el panel %1</translation>
        </message>
    </context>
    <context>
        <name>_DraftCard</name>
        <message>
            <source>Draft {number}</source>
            <translation>Borrador {number}</translation>
        </message>
        <message>
            <source>No note for this draft.</source>
            <translation>Este borrador no tiene nota.</translation>
        </message>
        <message>
            <source>More files: {count}</source>
            <translation>Más archivos: {count}</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>Compare draft {number}</source>
            <translation>Comparar el borrador {number}</translation>
        </message>
        <message>
            <source>Words: {words}</source>
            <translation>Palabras: {words}</translation>
        </message>
        <message>
            <source>Words: {words} (+{added} / −{removed})</source>
            <translation>Palabras: {words} (+{added} / −{removed})</translation>
        </message>
    </context>
    <context>
        <name>_GrowthChart</name>
        <message>
            <source>Words in each draft over time</source>
            <translation>Palabras de cada borrador a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Palabras</translation>
        </message>
    </context>
    <context>
        <name>_Heatmap</name>
        <message>
            <source>Calendar of writing days</source>
            <translation>Calendario de días de escritura</translation>
        </message>
        <message>
            <source>Arrow keys move from day to day; each day says how many drafts were saved.</source>
            <translation>Las flechas van de un día a otro; cada día dice cuántos borradores se guardaron.</translation>
        </message>
        <message>
            <source>Fewer</source>
            <translation>Menos</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message>
            <source>{day}: drafts saved: {count}</source>
            <translation>{day}: borradores guardados: {count}</translation>
        </message>
        <message>
            <source>Calendar of writing days: {day}</source>
            <translation>Calendario de días de escritura: {day}</translation>
        </message>
    </context>
</TS>
