<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>evaw::ActivityListModel</name>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
</context>
<context>
    <name>evaw::ActivityReader</name>
    <message>
        <source>activity %1 has a malformed list of entities, mentions, dates or variants</source>
        <translation>la actividad %1 tiene una lista de entidades, menciones, fechas o variantes mal formada</translation>
    </message>
</context>
<context>
    <name>evaw::AgencyModel</name>
    <message>
        <source>Reporting entities</source>
        <translation>Entidades informantes</translation>
    </message>
    <message>
        <source>UN system</source>
        <translation>Sistema de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Partners outside the UN</source>
        <translation>Asociados ajenos a la ONU</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities under the other filters</source>
        <translation>
            <numerusform>%1: %n actividad con los demás filtros</numerusform>
            <numerusform>%1: %n actividades con los demás filtros</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
</context>
<context>
    <name>evaw::AgencyPanel</name>
    <message>
        <source>Filter agencies…</source>
        <translation>Filtrar organismos…</translation>
    </message>
    <message>
        <source>Filter the agency list</source>
        <translation>Filtrar la lista de organismos</translation>
    </message>
    <message>
        <source>Type to show only agencies whose name contains the text</source>
        <translation>Escriba para mostrar solo los organismos cuyo nombre contiene el texto</translation>
    </message>
    <message>
        <source>Any of the checked</source>
        <translation>Cualquiera de los marcados</translation>
    </message>
    <message>
        <source>All of the checked</source>
        <translation>Todos los marcados</translation>
    </message>
    <message>
        <source>Agency match</source>
        <translation>Coincidencia de organismos</translation>
    </message>
    <message>
        <source>Show activities naming any checked agency, or only those naming all of them together</source>
        <translation>Mostrar las actividades que mencionan cualquiera de los organismos marcados, o solo las que los mencionan a todos juntos</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>Mencionados</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>Agency role</source>
        <translation>Función del organismo</translation>
    </message>
    <message>
        <source>Match agencies named in the text, or the entity that reported the entry</source>
        <translation>Buscar los organismos mencionados en el texto, o la entidad que informó de la entrada</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <source>Check agencies to show their activities</source>
        <translation>Marque organismos para mostrar sus actividades</translation>
    </message>
</context>
<context>
    <name>evaw::BriefingWriter</name>
    <message numerus="yes">
        <source>Source: UN inventory of activities to end violence against women and girls — %n activities</source>
        <translation>
            <numerusform>Fuente: inventario de las Naciones Unidas de actividades para poner fin a la violencia contra las mujeres y las niñas — %n actividad</numerusform>
            <numerusform>Fuente: inventario de las Naciones Unidas de actividades para poner fin a la violencia contra las mujeres y las niñas — %n actividades</numerusform>
        </translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Todas las actividades</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado el %1</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Agencies working together</source>
        <translation>Organismos que trabajan juntos</translation>
    </message>
    <message numerus="yes">
        <source>The pairs of UN agencies these activities name together most often, of %n pairs</source>
        <translation>
            <numerusform>Los pares de organismos de las Naciones Unidas que estas actividades nombran juntos con más frecuencia, de %n par</numerusform>
            <numerusform>Los pares de organismos de las Naciones Unidas que estas actividades nombran juntos con más frecuencia, de %n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message numerus="yes">
        <source>The UN agencies and partners these activities name together most often, of %n pairs</source>
        <translation>
            <numerusform>Los organismos de las Naciones Unidas y los socios que estas actividades nombran juntos con más frecuencia, de %n par</numerusform>
            <numerusform>Los organismos de las Naciones Unidas y los socios que estas actividades nombran juntos con más frecuencia, de %n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
</context>
<context>
    <name>evaw::ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation>Dibujo vectorial SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Slide, 16:9 (1920 × 1080)</source>
        <translation>Diapositiva, 16:9 (1920 × 1080)</translation>
    </message>
    <message>
        <source>A4 landscape, 300 DPI</source>
        <translation>A4 horizontal, 300 ppp</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>T&amp;amaño:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ancho:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>A&amp;lto:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
</context>
<context>
    <name>evaw::ChartExporter</name>
    <message>
        <source>Exported %1</source>
        <translation>Exportado el %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>evaw::CorpusParser</name>
    <message>
        <source>: could not be stored</source>
        <translation>: no se pudo almacenar</translation>
    </message>
    <message>
        <source>: import cancelled</source>
        <translation>: importación cancelada</translation>
    </message>
    <message>
        <source>: contains no text</source>
        <translation>: no contiene texto</translation>
    </message>
</context>
<context>
    <name>evaw::CountryPanel</name>
    <message>
        <source>Hide zero counts</source>
        <translation>Ocultar los ceros</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Filtrar países…</translation>
    </message>
    <message>
        <source>Filter the country tree</source>
        <translation>Filtrar el árbol de países</translation>
    </message>
    <message>
        <source>Type to show only regions, countries and places whose name contains the text</source>
        <translation>Escriba para mostrar solo las regiones, países y lugares cuyo nombre contiene el texto</translation>
    </message>
    <message>
        <source>UN M49 regions</source>
        <translation>Regiones M49 de las Naciones Unidas</translation>
    </message>
    <message>
        <source>UN Women regions</source>
        <translation>Regiones de ONU Mujeres</translation>
    </message>
    <message>
        <source>Region scheme</source>
        <translation>Esquema regional</translation>
    </message>
    <message>
        <source>Group countries by the UN&apos;s M49 regions or by UN Women&apos;s regional offices</source>
        <translation>Agrupar los países por regiones M49 de las Naciones Unidas o por oficinas regionales de ONU Mujeres</translation>
    </message>
    <message>
        <source>Hide places with no activity under the other filters</source>
        <translation>Ocultar los lugares sin actividad con los demás filtros</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Check regions, countries or places to show their activities</source>
        <translation>Marque regiones, países o lugares para mostrar sus actividades</translation>
    </message>
</context>
<context>
    <name>evaw::CountryTreeModel</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>No country stated</source>
        <translation>Ningún país indicado</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities under the other filters</source>
        <translation>
            <numerusform>%1: %n actividad con los demás filtros</numerusform>
            <numerusform>%1: %n actividades con los demás filtros</numerusform>
        </translation>
    </message>
    <message>
        <source>Region, country, place</source>
        <translation>Región, país, lugar</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
</context>
<context>
    <name>evaw::Database</name>
    <message>
        <source>: is a folder, not a database</source>
        <translation>: es una carpeta, no una base de datos</translation>
    </message>
    <message>
        <source>: its folder cannot be created</source>
        <translation>: no se puede crear su carpeta</translation>
    </message>
    <message>
        <source>: is not a readable EVAW Explorer database (%1)</source>
        <translation>: no es una base de datos legible de EVAW Explorer (%1)</translation>
    </message>
    <message>
        <source>: was written by a newer EVAW Explorer (schema %1; this version reads up to %2)</source>
        <translation>: fue escrita por una versión más reciente de EVAW Explorer (esquema %1; esta versión lee hasta el %2)</translation>
    </message>
    <message>
        <source>a row of %1 refers to one that is gone</source>
        <translation>una fila de %1 remite a otra que ya no existe</translation>
    </message>
    <message>
        <source>: its SQLite connection cannot be extended</source>
        <translation>: su conexión SQLite no se puede ampliar</translation>
    </message>
</context>
<context>
    <name>evaw::DetailPane</name>
    <message>
        <source>Activity details</source>
        <translation>Detalles de la actividad</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texto fuente</translation>
    </message>
    <message>
        <source>The source file around this activity; its span is selected</source>
        <translation>El archivo fuente alrededor de esta actividad; su fragmento está seleccionado</translation>
    </message>
    <message>
        <source>The source text around the selected activity appears here.</source>
        <translation>Aquí aparece el texto fuente alrededor de la actividad seleccionada.</translation>
    </message>
    <message>
        <source>Select an activity in the list to read it here, with its source.</source>
        <translation>Seleccione una actividad en la lista para leerla aquí, con su fuente.</translation>
    </message>
    <message>
        <source>Variants: the same statement elsewhere, with other figures or more text</source>
        <translation>Variantes: la misma declaración en otro lugar, con otras cifras o más texto</translation>
    </message>
    <message>
        <source>This entry</source>
        <translation>Esta entrada</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>same figures</source>
        <translation>mismas cifras</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>ninguna cifra</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Informado por %1</translation>
    </message>
    <message>
        <source>Under the heading “%1”</source>
        <translation>Bajo el título «%1»</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>líneas %1–%2</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>bytes %1–%2</source>
        <translation>bytes %1–%2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>The same text also stands at:</source>
        <translation>El mismo texto figura también en:</translation>
    </message>
    <message>
        <source>Marked:</source>
        <translation>Marcados:</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>organismo</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>asociado</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>form of violence</source>
        <translation>forma de violencia</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Filed under, though the text does not name it:</source>
        <translation>Clasificada también en, aunque el texto no lo nombra:</translation>
    </message>
    <message>
        <source>Reporting entity not stated</source>
        <translation>Entidad informante no indicada</translation>
    </message>
    <message>
        <source>target year</source>
        <translation>año meta</translation>
    </message>
    <message>
        <source>Only the first %1 of its %2 characters are shown here.</source>
        <translation>Aquí solo se muestran los primeros %1 de sus %2 caracteres.</translation>
    </message>
    <message>
        <source>words searched for</source>
        <translation>palabras buscadas</translation>
    </message>
    <message>
        <source>reporting entity not stated</source>
        <translation>entidad informante no indicada</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>informado por %1</translation>
    </message>
    <message>
        <source>Click a marked name or date to filter by it, or a variant&apos;s place to read it</source>
        <translation>Haga clic en un nombre o una fecha marcados para filtrar por ellos, o en la ubicación de una variante para leerla</translation>
    </message>
</context>
<context>
    <name>evaw::DumpCommand</name>
    <message>
        <source>Print every activity of a corpus as JSON or TSV.</source>
        <translation>Imprimir todas las actividades de un corpus en JSON o TSV.</translation>
    </message>
    <message>
        <source>Output format: json or tsv.</source>
        <translation>Formato de salida: json o tsv.</translation>
    </message>
    <message>
        <source>Store to import into and read from (default: in memory).</source>
        <translation>Almacén donde importar y leer (por defecto: en memoria).</translation>
    </message>
    <message>
        <source>Corpus files (default: the bundled corpus).</source>
        <translation>Archivos del corpus (por defecto: el corpus incluido).</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use json or tsv</source>
        <translation>formato «%1» desconocido: use json o tsv</translation>
    </message>
</context>
<context>
    <name>evaw::ExplorerState</name>
    <message>
        <source>No country stated</source>
        <translation>Ningún país indicado</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>informado por %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
</context>
<context>
    <name>evaw::ExportCommand</name>
    <message>
        <source>Agency to filter by (repeatable).</source>
        <translation>Organismo por el que filtrar (repetible).</translation>
    </message>
    <message>
        <source>Activities must name all the agencies.</source>
        <translation>Las actividades deben mencionar todos los organismos.</translation>
    </message>
    <message>
        <source>Country to filter by (repeatable).</source>
        <translation>País por el que filtrar (repetible).</translation>
    </message>
    <message>
        <source>First year.</source>
        <translation>Primer año.</translation>
    </message>
    <message>
        <source>Last year.</source>
        <translation>Último año.</translation>
    </message>
    <message>
        <source>Full-text query.</source>
        <translation>Consulta de texto completo.</translation>
    </message>
    <message>
        <source>png, svg, pdf, csv or xlsx.</source>
        <translation>png, svg, pdf, csv o xlsx.</translation>
    </message>
    <message>
        <source>Canvas in pixels, WxH.</source>
        <translation>Lienzo en píxeles, AnxAl.</translation>
    </message>
    <message>
        <source>Resolution.</source>
        <translation>Resolución.</translation>
    </message>
    <message>
        <source>Title.</source>
        <translation>Título.</translation>
    </message>
    <message>
        <source>Store to read (default: in memory).</source>
        <translation>Almacén que leer (por defecto: en memoria).</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Archivo que escribir.</translation>
    </message>
    <message>
        <source>name the file to write with -o FILE</source>
        <translation>indique el archivo que escribir con -o ARCHIVO</translation>
    </message>
    <message>
        <source>a %1 exports as %2, not &apos;%3&apos;</source>
        <translation>un %1 se exporta como %2, no como «%3»</translation>
    </message>
    <message>
        <source>unknown agency &apos;%1&apos;; close matches: %2</source>
        <translation>organismo «%1» desconocido; nombres parecidos: %2</translation>
    </message>
    <message>
        <source>unknown country &apos;%1&apos;; close matches: %2</source>
        <translation>país «%1» desconocido; nombres parecidos: %2</translation>
    </message>
    <message>
        <source>search not understood: %1</source>
        <translation>búsqueda no entendida: %1</translation>
    </message>
    <message>
        <source>Activities to end violence against women and girls</source>
        <translation>Actividades para poner fin a la violencia contra las mujeres y las niñas</translation>
    </message>
    <message>
        <source>--size takes WxH, such as 1920x1080</source>
        <translation>--size espera AnxAl, por ejemplo 1920x1080</translation>
    </message>
    <message>
        <source>Language of the export: en, fr, es or ar.</source>
        <translation>Idioma de la exportación: en, fr, es o ar.</translation>
    </message>
    <message>
        <source>Form of violence to filter by, by name or id such as fgm (repeatable).</source>
        <translation>Forma de violencia por la que filtrar, por su nombre o su identificador, como fgm (repetible).</translation>
    </message>
    <message>
        <source>unknown form of violence &apos;%1&apos;; close matches: %2</source>
        <translation>forma de violencia «%1» desconocida; nombres parecidos: %2</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n activities)</source>
        <translation>
            <numerusform>escrito %1 (%n actividad)</numerusform>
            <numerusform>escrito %1 (%n actividades)</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme or mechanism to filter by, by name or id (repeatable).</source>
        <translation>Programa o mecanismo por el que filtrar, por su nombre o su identificador (repetible).</translation>
    </message>
    <message>
        <source>unknown programme &apos;%1&apos;; close matches: %2</source>
        <translation>programa «%1» desconocido; nombres parecidos: %2</translation>
    </message>
    <message>
        <source>Export a chart, the activity table, the agencies working together or a briefing, with no window.</source>
        <translation>Exportar un gráfico, la tabla de actividades, los organismos que trabajan juntos o una nota informativa, sin ventana.</translation>
    </message>
    <message>
        <source>say what to export: chart, table, pairs or briefing</source>
        <translation>indique qué exportar: chart, table, pairs o briefing</translation>
    </message>
    <message>
        <source>Pairs and briefing: pair the UN agencies with partners outside the UN too.</source>
        <translation>Pares y nota informativa: emparejar también los organismos de las Naciones Unidas con socios ajenos a la ONU.</translation>
    </message>
</context>
<context>
    <name>evaw::Importer</name>
    <message>
        <source>%1: variants could not be stored (%2)</source>
        <translation>%1: no se pudieron almacenar las variantes (%2)</translation>
    </message>
    <message>
        <source>%1: its text could not be indexed for search (%2)</source>
        <translation>%1: no se pudo indexar su texto para la búsqueda (%2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>evaw::LanguageManager</name>
    <message>
        <source>unknown language &apos;%1&apos;; choose one of %2</source>
        <translation>idioma «%1» desconocido; elija entre %2</translation>
    </message>
    <message>
        <source>the %1 translation is missing</source>
        <translation>falta la traducción %1</translation>
    </message>
</context>
<context>
    <name>evaw::MainWindow</name>
    <message>
        <source>EVAW Explorer</source>
        <translation>EVAW Explorer</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>The activities the filters leave; select one to read it in full</source>
        <translation>Las actividades que dejan los filtros; seleccione una para leerla completa</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>Ninguna actividad coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <source>Remove every filter and show the whole corpus</source>
        <translation>Quitar todos los filtros y mostrar todo el corpus</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, prefix*, AND, OR, NOT</source>
        <translation>Buscar: palabras, &quot;una frase&quot;, prefijo*, AND, OR, NOT</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Full-text search (Ctrl+F). Phrases in quotes, prefix*, AND, OR, NOT; Esc clears</source>
        <translation>Búsqueda de texto completo (Ctrl+F). Frases entre comillas, prefijo*, AND, OR, NOT; Esc borra</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source> Years </source>
        <translation> Años </translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Desde el año</translation>
    </message>
    <message>
        <source>Earliest year an activity states</source>
        <translation>Primer año que indica una actividad</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Hasta el año</translation>
    </message>
    <message>
        <source>Latest year an activity states</source>
        <translation>Último año que indica una actividad</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import corpus files…</source>
        <translation>&amp;Importar archivos de corpus…</translation>
    </message>
    <message>
        <source>Add inventory text files to the store</source>
        <translation>Añadir archivos de texto del inventario al almacén</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Exportar el &amp;gráfico…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF, with title, filters and source</source>
        <translation>Guardar la cronología en PNG, SVG o PDF, con título, filtros y fuente</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>Exportar la &amp;tabla…</translation>
    </message>
    <message>
        <source>Save the filtered activities as CSV or XLSX</source>
        <translation>Guardar las actividades filtradas en CSV o XLSX</translation>
    </message>
    <message>
        <source>Export &amp;briefing PDF…</source>
        <translation>Exportar la &amp;nota informativa en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print briefing…</source>
        <translation>Im&amp;primir la nota informativa…</translation>
    </message>
    <message>
        <source>Cop&amp;y chart as image</source>
        <translation>Cop&amp;iar el gráfico como imagen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Go to the activity &amp;list</source>
        <translation>Ir a la &amp;lista de actividades</translation>
    </message>
    <message>
        <source>Go to the &amp;countries</source>
        <translation>Ir a los &amp;países</translation>
    </message>
    <message>
        <source>Go to the &amp;agencies</source>
        <translation>Ir a los &amp;organismos</translation>
    </message>
    <message>
        <source>Go to the activity &amp;details</source>
        <translation>Ir a los &amp;detalles de la actividad</translation>
    </message>
    <message>
        <source>Result summary</source>
        <translation>Resumen del resultado</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the import; files not yet finished leave no trace</source>
        <translation>Detener la importación; los archivos no terminados no dejan rastro</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln activities</source>
        <translation>
            <numerusform>%1 de %Ln actividad</numerusform>
            <numerusform>%1 de %Ln actividades</numerusform>
        </translation>
    </message>
    <message>
        <source>search not understood: %1</source>
        <translation>búsqueda no entendida: %1</translation>
    </message>
    <message>
        <source>Search not understood: %1</source>
        <translation>Búsqueda no entendida: %1</translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>Ya hay una importación en curso; espérela o cancélela.</translation>
    </message>
    <message>
        <source>Import corpus files</source>
        <translation>Importar archivos de corpus</translation>
    </message>
    <message>
        <source>Importing file %1 of %2</source>
        <translation>Importando el archivo %1 de %2</translation>
    </message>
    <message>
        <source>The store could not be read again: %1</source>
        <translation>No se pudo volver a leer el almacén: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n new activities</source>
        <translation>
            <numerusform>Importación terminada: %n actividad nueva</numerusform>
            <numerusform>Importación terminada: %n actividades nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Some files were not imported.</source>
        <translation>Algunos archivos no se importaron.</translation>
    </message>
    <message>
        <source>Activities to end violence against women and girls</source>
        <translation>Actividades para poner fin a la violencia contra las mujeres y las niñas</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <source>Chart (*.%1)</source>
        <translation>Gráfico (*.%1)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Gráfico guardado en %1</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportar la tabla</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>Tabla guardada en %1</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Exportar la nota informativa</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Briefing saved to %1</source>
        <translation>Nota informativa guardada en %1</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Gráfico copiado al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n new activities; linking their variants and indexing their text for search…</source>
        <translation>
            <numerusform>Importación terminada: %n actividad nueva; vinculando sus variantes e indexando su texto para la búsqueda…</numerusform>
            <numerusform>Importación terminada: %n actividades nuevas; vinculando sus variantes e indexando su texto para la búsqueda…</numerusform>
        </translation>
    </message>
    <message>
        <source>The new text could not be indexed for search: %1</source>
        <translation>No se pudo indexar el texto nuevo para la búsqueda: %1</translation>
    </message>
    <message>
        <source>Variants of the new activities could not be stored: %1</source>
        <translation>No se pudieron almacenar las variantes de las actividades nuevas: %1</translation>
    </message>
    <message>
        <source>Linking variants and indexing text for search…</source>
        <translation>Vinculando variantes e indexando el texto para la búsqueda…</translation>
    </message>
    <message>
        <source>Text search now covers every activity</source>
        <translation>La búsqueda de texto ya abarca todas las actividades</translation>
    </message>
    <message>
        <source>Imported &amp;files…</source>
        <translation>&amp;Archivos importados…</translation>
    </message>
    <message>
        <source>See the files in the store, and take one out</source>
        <translation>Ver los archivos de la base y retirar uno</translation>
    </message>
    <message>
        <source>The list of imported files could not be read: %1</source>
        <translation>No se pudo leer la lista de archivos importados: %1</translation>
    </message>
    <message>
        <source>Stop taking the file out; the store stays as it was</source>
        <translation>Detener la retirada del archivo; la base queda como estaba</translation>
    </message>
    <message>
        <source>Taking “%1” out of the store…</source>
        <translation>Retirando «%1» de la base…</translation>
    </message>
    <message>
        <source>“%1” was not taken out of the store: %2</source>
        <translation>«%1» no se retiró de la base: %2</translation>
    </message>
    <message>
        <source>“%1” is out of the store</source>
        <translation>«%1» se retiró de la base</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Formas de violencia</translation>
    </message>
    <message>
        <source>Forms of violence the activities name; check some to show the activities naming any of them</source>
        <translation>Las formas de violencia que mencionan las actividades; marque algunas para mostrar las actividades que mencionan cualquiera de ellas</translation>
    </message>
    <message>
        <source>Measure, period</source>
        <translation>Medida, período</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Medida</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>The inventory&apos;s measure categories; check one to show its activities</source>
        <translation>Las categorías de medidas del inventario; marque una para mostrar sus actividades</translation>
    </message>
    <message>
        <source>Reporting &amp;period</source>
        <translation>&amp;Período de informe</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Períodos de informe</translation>
    </message>
    <message>
        <source>Reporting periods the corpus states; check one to show its activities</source>
        <translation>Los períodos de informe que indica el corpus; marque uno para mostrar sus actividades</translation>
    </message>
    <message>
        <source>Form of &amp;violence</source>
        <translation>Forma de &amp;violencia</translation>
    </message>
    <message>
        <source>Pro&amp;gramme or mechanism</source>
        <translation>Pro&amp;grama o mecanismo</translation>
    </message>
    <message>
        <source>Programmes and mechanisms</source>
        <translation>Programas y mecanismos</translation>
    </message>
    <message>
        <source>Programmes, campaigns and mechanisms the activities name; check some to show the activities naming any of them</source>
        <translation>Los programas, campañas y mecanismos que mencionan las actividades; marque algunos para mostrar las actividades que mencionan cualquiera de ellos</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Copy &amp;activity with its source</source>
        <translation>Copiar la &amp;actividad con su fuente</translation>
    </message>
    <message>
        <source>Put the selected activity&apos;s text, who reported it and where it stands on the clipboard, to quote in a briefing</source>
        <translation>Copiar al portapapeles el texto de la actividad seleccionada, quién la informó y dónde figura, para citarlo en una nota informativa</translation>
    </message>
    <message>
        <source>Select an activity in the list to copy it</source>
        <translation>Seleccione una actividad en la lista para copiarla</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Informado por %1</translation>
    </message>
    <message>
        <source>source: %1, line %2</source>
        <translation>fuente: %1, línea %2</translation>
    </message>
    <message>
        <source>Activity copied to the clipboard, with its source</source>
        <translation>Actividad copiada al portapapeles, con su fuente</translation>
    </message>
    <message>
        <source>The last import&apos;s variants and search index are still being written; wait for them.</source>
        <translation>Las variantes y el índice de búsqueda de la última importación aún se están escribiendo; espere a que terminen.</translation>
    </message>
    <message>
        <source>The store holds no activities. Import the inventory&apos;s text files, or the corpus that comes with EVAW Explorer.</source>
        <translation>El almacén no contiene actividades. Importe los archivos de texto del inventario, o el corpus que incluye EVAW Explorer.</translation>
    </message>
    <message>
        <source>Import corpus files…</source>
        <translation>Importar archivos de corpus…</translation>
    </message>
    <message>
        <source>Import the bundled corpus</source>
        <translation>Importar el corpus incluido</translation>
    </message>
    <message>
        <source>Add the corpus that comes with EVAW Explorer to the store</source>
        <translation>Añadir al almacén el corpus que incluye EVAW Explorer</translation>
    </message>
    <message>
        <source>Import the &amp;bundled corpus</source>
        <translation>Importar el corpus &amp;incluido</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Agencies working together</source>
        <translation>Organismos que trabajan juntos</translation>
    </message>
    <message>
        <source>Pairs of UN agencies that the listed activities name together; click one to list the activities naming both</source>
        <translation>Pares de organismos de las Naciones Unidas que las actividades de la lista nombran juntos; haga clic en uno para listar las actividades que nombran a ambos</translation>
    </message>
    <message>
        <source>Export agencies working to&amp;gether…</source>
        <translation>Exportar los organismos que trabajan &amp;juntos…</translation>
    </message>
    <message>
        <source>Save the pairs of UN agencies the filtered activities name together as CSV or XLSX</source>
        <translation>Guardar en CSV o XLSX los pares de organismos de las Naciones Unidas que las actividades filtradas nombran juntos</translation>
    </message>
    <message>
        <source>Export agencies working together</source>
        <translation>Exportar los organismos que trabajan juntos</translation>
    </message>
    <message>
        <source>With partners outside the UN</source>
        <translation>Con socios ajenos a la ONU</translation>
    </message>
    <message>
        <source>Pair the UN agencies with governments, donors and civil society too</source>
        <translation>Emparejar también los organismos de las Naciones Unidas con gobiernos, donantes y sociedad civil</translation>
    </message>
    <message>
        <source>One PDF: the chart, the filters, the agencies working together most often and the activities with their sources</source>
        <translation>Un solo PDF: el gráfico, los filtros, los organismos que trabajan juntos con más frecuencia y las actividades con sus fuentes</translation>
    </message>
    <message>
        <source>Activity list c&amp;olumns</source>
        <translation>&amp;Columnas de la lista de actividades</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About EVAW Explorer</source>
        <translation>&amp;Acerca de EVAW Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>in memory, gone when it closes</source>
        <translation>en memoria, se pierde al cerrar</translation>
    </message>
    <message>
        <source>Explore the UN inventory of activities to end violence against women and girls: who works with whom, where, and since when, each statement with the paragraph it comes from.</source>
        <translation>Explore el inventario de actividades de la ONU para poner fin a la violencia contra las mujeres y las niñas: quién trabaja con quién, dónde y desde cuándo, cada afirmación con el párrafo del que procede.</translation>
    </message>
    <message numerus="yes">
        <source>Store: %1 (%Ln activities)</source>
        <translation>
            <numerusform>Base de datos: %1 (%Ln actividad)</numerusform>
            <numerusform>Base de datos: %1 (%Ln actividades)</numerusform>
        </translation>
    </message>
    <message>
        <source>Countries and their subdivisions are named as ISO 3166 names them, from Debian&apos;s iso-codes; regions, and the names of places in other languages, as the Unicode CLDR does. Agencies, partners, programmes and forms of violence are the application&apos;s own lists.</source>
        <translation>Los países y sus subdivisiones llevan los nombres de la ISO 3166, tomados del paquete iso-codes de Debian; las regiones, y los nombres de los lugares en otros idiomas, los del CLDR de Unicode. Los organismos, socios, programas y formas de violencia son listas propias de la aplicación.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Compilado con Qt %1.</translation>
    </message>
    <message>
        <source>About EVAW Explorer</source>
        <translation>Acerca de EVAW Explorer</translation>
    </message>
    <message>
        <source>Finding line %1 of %2…</source>
        <translation>Buscando la línea %1 de %2…</translation>
    </message>
    <message>
        <source>Text and table files (*.txt *.md *.csv *.tsv);;All files (*)</source>
        <translation>Archivos de texto y de tablas (*.txt *.md *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>(%n files read again by this version)</source>
        <translation>
            <numerusform>(%n archivo leído de nuevo por esta versión)</numerusform>
            <numerusform>(%n archivos leídos de nuevo por esta versión)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaw::PartnershipModel</name>
    <message numerus="yes">
        <source>%1 and %2 are named together in %n activities under the filters</source>
        <translation>
            <numerusform>%1 y %2 se nombran juntos en %n actividad con estos filtros</numerusform>
            <numerusform>%1 y %2 se nombran juntos en %n actividades con estos filtros</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <translation>
            <numerusform>%1: %n actividad</numerusform>
            <numerusform>%1: %n actividades</numerusform>
        </translation>
    </message>
    <message>
        <source>The earliest year stated by an activity naming both: %1</source>
        <translation>El primer año que indica una actividad que nombra a ambas: %1</translation>
    </message>
    <message>
        <source>None of the activities naming both states a year</source>
        <translation>Ninguna de las actividades que nombran a ambas indica un año</translation>
    </message>
    <message>
        <source>The earliest year that an activity naming both agencies states</source>
        <translation>El primer año que indica una actividad que nombra a ambas entidades</translation>
    </message>
    <message>
        <source>The countries that the activities naming both agencies name, the most often named first</source>
        <translation>Los países que nombran las actividades que nombran a ambas entidades, primero los más nombrados</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
</context>
<context>
    <name>evaw::SourceCatalog</name>
    <message>
        <source>cancelled; the store is unchanged</source>
        <translation>cancelado; la base no ha cambiado</translation>
    </message>
    <message>
        <source>the store is not an SQLite database</source>
        <translation>la base no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>the store holds no file %1</source>
        <translation>la base no contiene ningún archivo %1</translation>
    </message>
</context>
<context>
    <name>evaw::SourceExcerpt</name>
    <message>
        <source>%1 cannot be read, or no longer holds this activity</source>
        <translation>%1 no se puede leer o ya no contiene esta actividad</translation>
    </message>
</context>
<context>
    <name>evaw::SourceListModel</name>
    <message>
        <source>Compiled into the application</source>
        <translation>Integrado en la aplicación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeticiones</translation>
    </message>
</context>
<context>
    <name>evaw::SourcesDialog</name>
    <message>
        <source>Imported files</source>
        <translation>Archivos importados</translation>
    </message>
    <message>
        <source>Taking a file out of the store removes the activities first read in it. An activity that another stored file repeats stays, with that file as its source. Import the file again to bring its activities back.</source>
        <translation>Retirar un archivo de la base elimina las actividades leídas primero en él. Una actividad que otro archivo de la base repite se conserva, con ese archivo como fuente. Importe de nuevo el archivo para recuperar sus actividades.</translation>
    </message>
    <message>
        <source>&amp;Remove from store…</source>
        <translation>&amp;Retirar de la base…</translation>
    </message>
    <message>
        <source>Take the selected file and the activities first read in it out of the store</source>
        <translation>Retirar de la base el archivo seleccionado y las actividades leídas primero en él</translation>
    </message>
    <message>
        <source>Remove from store</source>
        <translation>Retirar de la base</translation>
    </message>
    <message>
        <source>Take “%1” out of the store?</source>
        <translation>¿Retirar «%1» de la base?</translation>
    </message>
    <message numerus="yes">
        <source>%n activities were first read in it. Those that no other file repeats are removed.</source>
        <translation>
            <numerusform>%n actividad se leyó primero en él. Se eliminan las que ningún otro archivo repite.</numerusform>
            <numerusform>%n actividades se leyeron primero en él. Se eliminan las que ningún otro archivo repite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaw::TableExporter</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Country codes</source>
        <translation>Códigos de país</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Texto completo</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Archivo fuente</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>End line</source>
        <translation>Línea final</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 es una carpeta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>Activity %1 of the table has %2 characters in one column, more than a spreadsheet cell holds (32,767): export CSV instead</source>
        <translation>La actividad %1 de la tabla tiene %2 caracteres en una columna, más de los que caben en una celda de hoja de cálculo (32 767): exporte en CSV</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Formas de violencia</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>%1 rows do not fit in one sheet (at most %2); narrow the filters or export CSV</source>
        <translation>%1 filas no caben en una hoja (como máximo %2); acote los filtros o exporte en CSV</translation>
    </message>
    <message>
        <source>Agency pairs</source>
        <translation>Pares de organismos</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>evaw::TextFileReader</name>
    <message>
        <source>is a folder, not a text file</source>
        <translation>es una carpeta, no un archivo de texto</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>cannot be read again (%1)</source>
        <translation>no se puede volver a leer (%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is %1 MiB, larger than the %2 MiB limit</source>
        <translation>ocupa %1 MiB, más que el límite de %2 MiB</translation>
    </message>
    <message>
        <source>is binary, not text (NUL byte at offset %1)</source>
        <translation>es binario, no texto (byte NUL en la posición %1)</translation>
    </message>
    <message>
        <source>is not valid UTF-16 (odd number of bytes)</source>
        <translation>no es UTF-16 válido (número impar de bytes)</translation>
    </message>
    <message>
        <source>is binary, not text (NUL character at offset %1)</source>
        <translation>es binario, no texto (carácter NUL en la posición %1)</translation>
    </message>
    <message>
        <source>is a web page (HTML), not text: save it from the browser as text, or copy its text into a file, and import that</source>
        <translation>es una página web (HTML), no texto: guárdela desde el navegador como texto, o copie su texto en un archivo, e importe ese archivo</translation>
    </message>
</context>
<context>
    <name>evaw::TimelineChart</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Activities per year by reporting entity; click a bar to filter to its year, a marker to open its activity</source>
        <translation>Actividades por año y entidad informante; haga clic en una barra para filtrar por su año y en un marcador para abrir su actividad</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
</context>
<context>
    <name>evaw::TimelineModel</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message numerus="yes">
        <source>Not in the chart, for stating no year: %1 of %Ln activities</source>
        <translation>
            <numerusform>Fuera del gráfico, por no indicar año: %1 de %Ln actividad</numerusform>
            <numerusform>Fuera del gráfico, por no indicar año: %1 de %Ln actividades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>EVAW Explorer</source>
        <translation>EVAW Explorer</translation>
    </message>
    <message>
        <source>Explore the UN inventory of activities to end violence against women and girls.</source>
        <translation>Explorar el inventario de las Naciones Unidas de actividades para poner fin a la violencia contra las mujeres y las niñas.</translation>
    </message>
    <message>
        <source>The store to open (default: in the app-data folder).</source>
        <translation>El almacén que abrir (por defecto: en la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <source>Corpus files to import.</source>
        <translation>Archivos de corpus que importar.</translation>
    </message>
    <message>
        <source>Interface language: en, fr, es or ar.</source>
        <translation>Idioma de la interfaz: en, fr, es o ar.</translation>
    </message>
    <message>
        <source>Commands that open no window: dump prints the activities as JSON or TSV, and export writes a chart, the activity table or a briefing. Each has its own --help.</source>
        <translation>Órdenes que no abren ninguna ventana: dump muestra las actividades en JSON o TSV, y export escribe un gráfico, la tabla de actividades o una nota informativa. Cada una tiene su propio --help.</translation>
    </message>
</context>
</TS>
