<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>evaw::ActivityListModel</name>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>evaw::ActivityReader</name>
    <message>
        <source>activity %1 has a malformed list of entities, mentions, dates or variants</source>
        <translation>l&apos;activité %1 a une liste d&apos;entités, de mentions, de dates ou de variantes mal formée</translation>
    </message>
</context>
<context>
    <name>evaw::AgencyModel</name>
    <message>
        <source>Reporting entities</source>
        <translation>Entités déclarantes</translation>
    </message>
    <message>
        <source>UN system</source>
        <translation>Système des Nations Unies</translation>
    </message>
    <message>
        <source>Partners outside the UN</source>
        <translation>Partenaires hors de l&apos;ONU</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities under the other filters</source>
        <translation>
            <numerusform>%1 : %n activité avec les autres filtres</numerusform>
            <numerusform>%1 : %n activités avec les autres filtres</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
</context>
<context>
    <name>evaw::AgencyPanel</name>
    <message>
        <source>Filter agencies…</source>
        <translation>Filtrer les organismes…</translation>
    </message>
    <message>
        <source>Filter the agency list</source>
        <translation>Filtrer la liste des organismes</translation>
    </message>
    <message>
        <source>Type to show only agencies whose name contains the text</source>
        <translation>Saisissez du texte pour n&apos;afficher que les organismes dont le nom le contient</translation>
    </message>
    <message>
        <source>Any of the checked</source>
        <translation>N&apos;importe lequel des cochés</translation>
    </message>
    <message>
        <source>All of the checked</source>
        <translation>Tous les cochés</translation>
    </message>
    <message>
        <source>Agency match</source>
        <translation>Correspondance des organismes</translation>
    </message>
    <message>
        <source>Show activities naming any checked agency, or only those naming all of them together</source>
        <translation>Afficher les activités qui citent l&apos;un des organismes cochés, ou seulement celles qui les citent tous ensemble</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>Cités</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Agency role</source>
        <translation>Rôle de l&apos;organisme</translation>
    </message>
    <message>
        <source>Match agencies named in the text, or the entity that reported the entry</source>
        <translation>Chercher les organismes cités dans le texte, ou l&apos;entité qui a signalé l&apos;entrée</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Check agencies to show their activities</source>
        <translation>Cochez des organismes pour afficher leurs activités</translation>
    </message>
</context>
<context>
    <name>evaw::BriefingWriter</name>
    <message numerus="yes">
        <source>Source: UN inventory of activities to end violence against women and girls — %n activities</source>
        <translation>
            <numerusform>Source : inventaire des Nations Unies des activités pour mettre fin à la violence à l&apos;égard des femmes et des filles — %n activité</numerusform>
            <numerusform>Source : inventaire des Nations Unies des activités pour mettre fin à la violence à l&apos;égard des femmes et des filles — %n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Toutes les activités</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté le %1</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Agencies working together</source>
        <translation>Organismes qui travaillent ensemble</translation>
    </message>
    <message numerus="yes">
        <source>The pairs of UN agencies these activities name together most often, of %n pairs</source>
        <translation>
            <numerusform>Les paires d&apos;organismes des Nations Unies que ces activités citent ensemble le plus souvent, sur %n paire</numerusform>
            <numerusform>Les paires d&apos;organismes des Nations Unies que ces activités citent ensemble le plus souvent, sur %n paires</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message numerus="yes">
        <source>The UN agencies and partners these activities name together most often, of %n pairs</source>
        <translation>
            <numerusform>Les organismes des Nations Unies et les partenaires que ces activités citent ensemble le plus souvent, sur %n paire</numerusform>
            <numerusform>Les organismes des Nations Unies et les partenaires que ces activités citent ensemble le plus souvent, sur %n paires</numerusform>
        </translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>evaw::ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation>Dessin vectoriel SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Slide, 16:9 (1920 × 1080)</source>
        <translation>Diapositive, 16:9 (1920 × 1080)</translation>
    </message>
    <message>
        <source>A4 landscape, 300 DPI</source>
        <translation>A4 paysage, 300 ppp</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>T&amp;aille :</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur :</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur :</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
</context>
<context>
    <name>evaw::ChartExporter</name>
    <message>
        <source>Exported %1</source>
        <translation>Exporté le %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>evaw::CorpusParser</name>
    <message>
        <source>: could not be stored</source>
        <translation> : impossible à enregistrer</translation>
    </message>
    <message>
        <source>: import cancelled</source>
        <translation> : importation annulée</translation>
    </message>
    <message>
        <source>: contains no text</source>
        <translation> : ne contient aucun texte</translation>
    </message>
</context>
<context>
    <name>evaw::CountryPanel</name>
    <message>
        <source>Hide zero counts</source>
        <translation>Masquer les zéros</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Filtrer les pays…</translation>
    </message>
    <message>
        <source>Filter the country tree</source>
        <translation>Filtrer l&apos;arbre des pays</translation>
    </message>
    <message>
        <source>Type to show only regions, countries and places whose name contains the text</source>
        <translation>Saisissez du texte pour n&apos;afficher que les régions, pays et lieux dont le nom le contient</translation>
    </message>
    <message>
        <source>UN M49 regions</source>
        <translation>Régions M49 des Nations Unies</translation>
    </message>
    <message>
        <source>UN Women regions</source>
        <translation>Régions d&apos;ONU Femmes</translation>
    </message>
    <message>
        <source>Region scheme</source>
        <translation>Découpage régional</translation>
    </message>
    <message>
        <source>Group countries by the UN&apos;s M49 regions or by UN Women&apos;s regional offices</source>
        <translation>Regrouper les pays par régions M49 des Nations Unies ou par bureaux régionaux d&apos;ONU Femmes</translation>
    </message>
    <message>
        <source>Hide places with no activity under the other filters</source>
        <translation>Masquer les lieux sans activité avec les autres filtres</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Check regions, countries or places to show their activities</source>
        <translation>Cochez des régions, pays ou lieux pour afficher leurs activités</translation>
    </message>
</context>
<context>
    <name>evaw::CountryTreeModel</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>No country stated</source>
        <translation>Aucun pays indiqué</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities under the other filters</source>
        <translation>
            <numerusform>%1 : %n activité avec les autres filtres</numerusform>
            <numerusform>%1 : %n activités avec les autres filtres</numerusform>
        </translation>
    </message>
    <message>
        <source>Region, country, place</source>
        <translation>Région, pays, lieu</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
</context>
<context>
    <name>evaw::Database</name>
    <message>
        <source>: is a folder, not a database</source>
        <translation> : est un dossier, pas une base de données</translation>
    </message>
    <message>
        <source>: its folder cannot be created</source>
        <translation> : son dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>: is not a readable EVAW Explorer database (%1)</source>
        <translation> : n&apos;est pas une base EVAW Explorer lisible (%1)</translation>
    </message>
    <message>
        <source>: was written by a newer EVAW Explorer (schema %1; this version reads up to %2)</source>
        <translation> : a été écrite par une version plus récente d&apos;EVAW Explorer (schéma %1 ; cette version lit jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>a row of %1 refers to one that is gone</source>
        <translation>une ligne de %1 renvoie à une ligne qui n’existe plus</translation>
    </message>
    <message>
        <source>: its SQLite connection cannot be extended</source>
        <translation> : sa connexion SQLite ne peut pas être étendue</translation>
    </message>
</context>
<context>
    <name>evaw::DetailPane</name>
    <message>
        <source>Activity details</source>
        <translation>Détails de l&apos;activité</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <source>The source file around this activity; its span is selected</source>
        <translation>Le fichier source autour de cette activité ; son passage est sélectionné</translation>
    </message>
    <message>
        <source>The source text around the selected activity appears here.</source>
        <translation>Le texte source autour de l&apos;activité sélectionnée s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Select an activity in the list to read it here, with its source.</source>
        <translation>Sélectionnez une activité dans la liste pour la lire ici, avec sa source.</translation>
    </message>
    <message>
        <source>Variants: the same statement elsewhere, with other figures or more text</source>
        <translation>Variantes : la même déclaration ailleurs, avec d&apos;autres chiffres ou un texte plus long</translation>
    </message>
    <message>
        <source>This entry</source>
        <translation>Cette entrée</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>same figures</source>
        <translation>mêmes chiffres</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>aucun chiffre</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Signalé par %1</translation>
    </message>
    <message>
        <source>Under the heading “%1”</source>
        <translation>Sous le titre « %1 »</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>lignes %1–%2</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>bytes %1–%2</source>
        <translation>octets %1–%2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>The same text also stands at:</source>
        <translation>Le même texte figure aussi à :</translation>
    </message>
    <message>
        <source>Marked:</source>
        <translation>Marqués :</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>organisme</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>form of violence</source>
        <translation>forme de violence</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Filed under, though the text does not name it:</source>
        <translation>Classée aussi sous, sans que le texte le nomme :</translation>
    </message>
    <message>
        <source>Reporting entity not stated</source>
        <translation>Entité déclarante non indiquée</translation>
    </message>
    <message>
        <source>target year</source>
        <translation>année visée</translation>
    </message>
    <message>
        <source>Only the first %1 of its %2 characters are shown here.</source>
        <translation>Seuls les %1 premiers de ses %2 caractères sont affichés ici.</translation>
    </message>
    <message>
        <source>words searched for</source>
        <translation>mots recherchés</translation>
    </message>
    <message>
        <source>reporting entity not stated</source>
        <translation>entité déclarante non indiquée</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>signalé par %1</translation>
    </message>
    <message>
        <source>Click a marked name or date to filter by it, or a variant&apos;s place to read it</source>
        <translation>Cliquez sur un nom ou une date marqués pour filtrer, ou sur l’emplacement d’une variante pour la lire</translation>
    </message>
</context>
<context>
    <name>evaw::DumpCommand</name>
    <message>
        <source>Print every activity of a corpus as JSON or TSV.</source>
        <translation>Afficher toutes les activités d&apos;un corpus en JSON ou TSV.</translation>
    </message>
    <message>
        <source>Output format: json or tsv.</source>
        <translation>Format de sortie : json ou tsv.</translation>
    </message>
    <message>
        <source>Store to import into and read from (default: in memory).</source>
        <translation>Base où importer et lire (par défaut : en mémoire).</translation>
    </message>
    <message>
        <source>Corpus files (default: the bundled corpus).</source>
        <translation>Fichiers du corpus (par défaut : le corpus fourni).</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use json or tsv</source>
        <translation>format « %1 » inconnu : utilisez json ou tsv</translation>
    </message>
</context>
<context>
    <name>evaw::ExplorerState</name>
    <message>
        <source>No country stated</source>
        <translation>Aucun pays indiqué</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>signalé par %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
</context>
<context>
    <name>evaw::ExportCommand</name>
    <message>
        <source>Agency to filter by (repeatable).</source>
        <translation>Organisme à filtrer (répétable).</translation>
    </message>
    <message>
        <source>Activities must name all the agencies.</source>
        <translation>Les activités doivent citer tous les organismes.</translation>
    </message>
    <message>
        <source>Country to filter by (repeatable).</source>
        <translation>Pays à filtrer (répétable).</translation>
    </message>
    <message>
        <source>First year.</source>
        <translation>Première année.</translation>
    </message>
    <message>
        <source>Last year.</source>
        <translation>Dernière année.</translation>
    </message>
    <message>
        <source>Full-text query.</source>
        <translation>Requête en texte intégral.</translation>
    </message>
    <message>
        <source>png, svg, pdf, csv or xlsx.</source>
        <translation>png, svg, pdf, csv ou xlsx.</translation>
    </message>
    <message>
        <source>Canvas in pixels, WxH.</source>
        <translation>Taille en pixels, LxH.</translation>
    </message>
    <message>
        <source>Resolution.</source>
        <translation>Résolution.</translation>
    </message>
    <message>
        <source>Title.</source>
        <translation>Titre.</translation>
    </message>
    <message>
        <source>Store to read (default: in memory).</source>
        <translation>Base à lire (par défaut : en mémoire).</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Fichier à écrire.</translation>
    </message>
    <message>
        <source>name the file to write with -o FILE</source>
        <translation>indiquez le fichier à écrire avec -o FICHIER</translation>
    </message>
    <message>
        <source>a %1 exports as %2, not &apos;%3&apos;</source>
        <translation>un %1 s&apos;exporte en %2, pas en « %3 »</translation>
    </message>
    <message>
        <source>unknown agency &apos;%1&apos;; close matches: %2</source>
        <translation>organisme « %1 » inconnu ; noms proches : %2</translation>
    </message>
    <message>
        <source>unknown country &apos;%1&apos;; close matches: %2</source>
        <translation>pays « %1 » inconnu ; noms proches : %2</translation>
    </message>
    <message>
        <source>search not understood: %1</source>
        <translation>recherche non comprise : %1</translation>
    </message>
    <message>
        <source>Activities to end violence against women and girls</source>
        <translation>Activités pour mettre fin à la violence à l&apos;égard des femmes et des filles</translation>
    </message>
    <message>
        <source>--size takes WxH, such as 1920x1080</source>
        <translation>--size attend LxH, par exemple 1920x1080</translation>
    </message>
    <message>
        <source>Language of the export: en, fr, es or ar.</source>
        <translation>Langue de l&apos;export : en, fr, es ou ar.</translation>
    </message>
    <message>
        <source>Form of violence to filter by, by name or id such as fgm (repeatable).</source>
        <translation>Forme de violence à filtrer, par son nom ou son identifiant, comme fgm (répétable).</translation>
    </message>
    <message>
        <source>unknown form of violence &apos;%1&apos;; close matches: %2</source>
        <translation>forme de violence « %1 » inconnue ; noms proches : %2</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n activities)</source>
        <translation>
            <numerusform>%1 écrit (%n activité)</numerusform>
            <numerusform>%1 écrit (%n activités)</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme or mechanism to filter by, by name or id (repeatable).</source>
        <translation>Programme ou mécanisme à filtrer, par son nom ou son identifiant (répétable).</translation>
    </message>
    <message>
        <source>unknown programme &apos;%1&apos;; close matches: %2</source>
        <translation>programme « %1 » inconnu ; noms proches : %2</translation>
    </message>
    <message>
        <source>Export a chart, the activity table, the agencies working together or a briefing, with no window.</source>
        <translation>Exporter un graphique, le tableau des activités, les organismes qui travaillent ensemble ou une note d&apos;information, sans fenêtre.</translation>
    </message>
    <message>
        <source>say what to export: chart, table, pairs or briefing</source>
        <translation>indiquez quoi exporter : chart, table, pairs ou briefing</translation>
    </message>
    <message>
        <source>Pairs and briefing: pair the UN agencies with partners outside the UN too.</source>
        <translation>Paires et note d&apos;information : associer aussi les organismes des Nations Unies aux partenaires hors ONU.</translation>
    </message>
</context>
<context>
    <name>evaw::Importer</name>
    <message>
        <source>%1: variants could not be stored (%2)</source>
        <translation>%1 : les variantes n&apos;ont pas pu être enregistrées (%2)</translation>
    </message>
    <message>
        <source>%1: its text could not be indexed for search (%2)</source>
        <translation>%1 : son texte n&apos;a pas pu être indexé pour la recherche (%2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>evaw::LanguageManager</name>
    <message>
        <source>unknown language &apos;%1&apos;; choose one of %2</source>
        <translation>langue « %1 » inconnue ; choisissez parmi %2</translation>
    </message>
    <message>
        <source>the %1 translation is missing</source>
        <translation>la traduction %1 est absente</translation>
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
        <translation>Activités</translation>
    </message>
    <message>
        <source>The activities the filters leave; select one to read it in full</source>
        <translation>Les activités retenues par les filtres ; sélectionnez-en une pour la lire en entier</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>Aucune activité ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Remove every filter and show the whole corpus</source>
        <translation>Retirer tous les filtres et afficher tout le corpus</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, prefix*, AND, OR, NOT</source>
        <translation>Rechercher : mots, &quot;une expression&quot;, préfixe*, AND, OR, NOT</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Full-text search (Ctrl+F). Phrases in quotes, prefix*, AND, OR, NOT; Esc clears</source>
        <translation>Recherche en texte intégral (Ctrl+F). Expressions entre guillemets, préfixe*, AND, OR, NOT ; Échap efface</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source> Years </source>
        <translation> Années </translation>
    </message>
    <message>
        <source>From year</source>
        <translation>À partir de l&apos;année</translation>
    </message>
    <message>
        <source>Earliest year an activity states</source>
        <translation>Première année indiquée par une activité</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Jusqu&apos;à l&apos;année</translation>
    </message>
    <message>
        <source>Latest year an activity states</source>
        <translation>Dernière année indiquée par une activité</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import corpus files…</source>
        <translation>&amp;Importer des fichiers de corpus…</translation>
    </message>
    <message>
        <source>Add inventory text files to the store</source>
        <translation>Ajouter des fichiers texte de l&apos;inventaire à la base</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF, with title, filters and source</source>
        <translation>Enregistrer la chronologie en PNG, SVG ou PDF, avec titre, filtres et source</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>Exporter le &amp;tableau…</translation>
    </message>
    <message>
        <source>Save the filtered activities as CSV or XLSX</source>
        <translation>Enregistrer les activités filtrées en CSV ou XLSX</translation>
    </message>
    <message>
        <source>Export &amp;briefing PDF…</source>
        <translation>Exporter la &amp;note d&apos;information PDF…</translation>
    </message>
    <message>
        <source>&amp;Print briefing…</source>
        <translation>Im&amp;primer la note d&apos;information…</translation>
    </message>
    <message>
        <source>Cop&amp;y chart as image</source>
        <translation>Cop&amp;ier le graphique comme image</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Go to the activity &amp;list</source>
        <translation>Aller à la &amp;liste des activités</translation>
    </message>
    <message>
        <source>Go to the &amp;countries</source>
        <translation>Aller aux &amp;pays</translation>
    </message>
    <message>
        <source>Go to the &amp;agencies</source>
        <translation>Aller aux &amp;organismes</translation>
    </message>
    <message>
        <source>Go to the activity &amp;details</source>
        <translation>Aller aux &amp;détails de l&apos;activité</translation>
    </message>
    <message>
        <source>Result summary</source>
        <translation>Résumé du résultat</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the import; files not yet finished leave no trace</source>
        <translation>Arrêter l&apos;importation ; les fichiers inachevés ne laissent aucune trace</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln activities</source>
        <translation>
            <numerusform>%1 sur %Ln activité</numerusform>
            <numerusform>%1 sur %Ln activités</numerusform>
        </translation>
    </message>
    <message>
        <source>search not understood: %1</source>
        <translation>recherche non comprise : %1</translation>
    </message>
    <message>
        <source>Search not understood: %1</source>
        <translation>Recherche non comprise : %1</translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>Une importation est déjà en cours ; attendez-la ou annulez-la.</translation>
    </message>
    <message>
        <source>Import corpus files</source>
        <translation>Importer des fichiers de corpus</translation>
    </message>
    <message>
        <source>Importing file %1 of %2</source>
        <translation>Importation du fichier %1 sur %2</translation>
    </message>
    <message>
        <source>The store could not be read again: %1</source>
        <translation>La base n&apos;a pas pu être relue : %1</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n new activities</source>
        <translation>
            <numerusform>Importation terminée : %n nouvelle activité</numerusform>
            <numerusform>Importation terminée : %n nouvelles activités</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Some files were not imported.</source>
        <translation>Certains fichiers n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <source>Activities to end violence against women and girls</source>
        <translation>Activités pour mettre fin à la violence à l&apos;égard des femmes et des filles</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Chart (*.%1)</source>
        <translation>Graphique (*.%1)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>Tableau enregistré dans %1</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Exporter la note d&apos;information</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Briefing saved to %1</source>
        <translation>Note d&apos;information enregistrée dans %1</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Graphique copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n new activities; linking their variants and indexing their text for search…</source>
        <translation>
            <numerusform>Importation terminée : %n nouvelle activité ; liaison de ses variantes et indexation de son texte pour la recherche…</numerusform>
            <numerusform>Importation terminée : %n nouvelles activités ; liaison de leurs variantes et indexation de leur texte pour la recherche…</numerusform>
        </translation>
    </message>
    <message>
        <source>The new text could not be indexed for search: %1</source>
        <translation>Le nouveau texte n&apos;a pas pu être indexé pour la recherche : %1</translation>
    </message>
    <message>
        <source>Variants of the new activities could not be stored: %1</source>
        <translation>Les variantes des nouvelles activités n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <source>Linking variants and indexing text for search…</source>
        <translation>Liaison des variantes et indexation du texte pour la recherche…</translation>
    </message>
    <message>
        <source>Text search now covers every activity</source>
        <translation>La recherche dans le texte couvre désormais toutes les activités</translation>
    </message>
    <message>
        <source>Imported &amp;files…</source>
        <translation>&amp;Fichiers importés…</translation>
    </message>
    <message>
        <source>See the files in the store, and take one out</source>
        <translation>Voir les fichiers de la base, et en retirer un</translation>
    </message>
    <message>
        <source>The list of imported files could not be read: %1</source>
        <translation>La liste des fichiers importés n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Stop taking the file out; the store stays as it was</source>
        <translation>Arrêter le retrait du fichier ; la base reste telle qu&apos;elle était</translation>
    </message>
    <message>
        <source>Taking “%1” out of the store…</source>
        <translation>Retrait de « %1 » de la base…</translation>
    </message>
    <message>
        <source>“%1” was not taken out of the store: %2</source>
        <translation>« %1 » n&apos;a pas été retiré de la base : %2</translation>
    </message>
    <message>
        <source>“%1” is out of the store</source>
        <translation>« %1 » a été retiré de la base</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Formes de violence</translation>
    </message>
    <message>
        <source>Forms of violence the activities name; check some to show the activities naming any of them</source>
        <translation>Les formes de violence que citent les activités ; cochez-en pour afficher les activités qui citent l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <source>Measure, period</source>
        <translation>Mesure, période</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>The inventory&apos;s measure categories; check one to show its activities</source>
        <translation>Les catégories de mesures de l&apos;inventaire ; cochez-en une pour afficher ses activités</translation>
    </message>
    <message>
        <source>Reporting &amp;period</source>
        <translation>&amp;Période de rapport</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Périodes de rapport</translation>
    </message>
    <message>
        <source>Reporting periods the corpus states; check one to show its activities</source>
        <translation>Les périodes de rapport indiquées dans le corpus ; cochez-en une pour afficher ses activités</translation>
    </message>
    <message>
        <source>Form of &amp;violence</source>
        <translation>Forme de &amp;violence</translation>
    </message>
    <message>
        <source>Pro&amp;gramme or mechanism</source>
        <translation>Pro&amp;gramme ou mécanisme</translation>
    </message>
    <message>
        <source>Programmes and mechanisms</source>
        <translation>Programmes et mécanismes</translation>
    </message>
    <message>
        <source>Programmes, campaigns and mechanisms the activities name; check some to show the activities naming any of them</source>
        <translation>Les programmes, campagnes et mécanismes que citent les activités ; cochez-en pour afficher les activités qui citent l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Copy &amp;activity with its source</source>
        <translation>Copier l&apos;&amp;activité avec sa source</translation>
    </message>
    <message>
        <source>Put the selected activity&apos;s text, who reported it and where it stands on the clipboard, to quote in a briefing</source>
        <translation>Copier dans le presse-papiers le texte de l&apos;activité sélectionnée, qui l&apos;a signalée et où il figure, pour le citer dans une note d&apos;information</translation>
    </message>
    <message>
        <source>Select an activity in the list to copy it</source>
        <translation>Sélectionnez une activité dans la liste pour la copier</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Signalé par %1</translation>
    </message>
    <message>
        <source>source: %1, line %2</source>
        <translation>source : %1, ligne %2</translation>
    </message>
    <message>
        <source>Activity copied to the clipboard, with its source</source>
        <translation>Activité copiée dans le presse-papiers, avec sa source</translation>
    </message>
    <message>
        <source>The last import&apos;s variants and search index are still being written; wait for them.</source>
        <translation>Les variantes et l&apos;index de recherche de la dernière importation sont encore en cours d&apos;écriture ; attendez qu&apos;ils soient terminés.</translation>
    </message>
    <message>
        <source>The store holds no activities. Import the inventory&apos;s text files, or the corpus that comes with EVAW Explorer.</source>
        <translation>La base ne contient aucune activité. Importez les fichiers texte de l&apos;inventaire, ou le corpus fourni avec EVAW Explorer.</translation>
    </message>
    <message>
        <source>Import corpus files…</source>
        <translation>Importer des fichiers de corpus…</translation>
    </message>
    <message>
        <source>Import the bundled corpus</source>
        <translation>Importer le corpus fourni</translation>
    </message>
    <message>
        <source>Add the corpus that comes with EVAW Explorer to the store</source>
        <translation>Ajouter à la base le corpus fourni avec EVAW Explorer</translation>
    </message>
    <message>
        <source>Import the &amp;bundled corpus</source>
        <translation>Importer le corpus &amp;fourni</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Agencies working together</source>
        <translation>Organismes qui travaillent ensemble</translation>
    </message>
    <message>
        <source>Pairs of UN agencies that the listed activities name together; click one to list the activities naming both</source>
        <translation>Paires d&apos;organismes des Nations Unies que les activités listées citent ensemble ; cliquez sur l&apos;une pour lister les activités qui citent les deux</translation>
    </message>
    <message>
        <source>Export agencies working to&amp;gether…</source>
        <translation>Exporter les organismes travaillant &amp;ensemble…</translation>
    </message>
    <message>
        <source>Save the pairs of UN agencies the filtered activities name together as CSV or XLSX</source>
        <translation>Enregistrer en CSV ou XLSX les paires d&apos;organismes des Nations Unies que les activités filtrées citent ensemble</translation>
    </message>
    <message>
        <source>Export agencies working together</source>
        <translation>Exporter les organismes qui travaillent ensemble</translation>
    </message>
    <message>
        <source>With partners outside the UN</source>
        <translation>Avec les partenaires hors ONU</translation>
    </message>
    <message>
        <source>Pair the UN agencies with governments, donors and civil society too</source>
        <translation>Associer aussi les organismes des Nations Unies aux gouvernements, aux donateurs et à la société civile</translation>
    </message>
    <message>
        <source>One PDF: the chart, the filters, the agencies working together most often and the activities with their sources</source>
        <translation>Un seul PDF : le graphique, les filtres, les organismes qui travaillent le plus souvent ensemble et les activités avec leurs sources</translation>
    </message>
    <message>
        <source>Activity list c&amp;olumns</source>
        <translation>&amp;Colonnes de la liste des activités</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About EVAW Explorer</source>
        <translation>À &amp;propos d’EVAW Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>in memory, gone when it closes</source>
        <translation>en mémoire, perdu à la fermeture</translation>
    </message>
    <message>
        <source>Explore the UN inventory of activities to end violence against women and girls: who works with whom, where, and since when, each statement with the paragraph it comes from.</source>
        <translation>Explorer l’inventaire des activités de l’ONU pour éliminer la violence à l’égard des femmes et des filles : qui travaille avec qui, où et depuis quand, chaque énoncé avec le paragraphe dont il provient.</translation>
    </message>
    <message numerus="yes">
        <source>Store: %1 (%Ln activities)</source>
        <translation>
            <numerusform>Base : %1 (%Ln activité)</numerusform>
            <numerusform>Base : %1 (%Ln activités)</numerusform>
        </translation>
    </message>
    <message>
        <source>Countries and their subdivisions are named as ISO 3166 names them, from Debian&apos;s iso-codes; regions, and the names of places in other languages, as the Unicode CLDR does. Agencies, partners, programmes and forms of violence are the application&apos;s own lists.</source>
        <translation>Les pays et leurs subdivisions portent les noms que leur donne l’ISO 3166, d’après le paquet iso-codes de Debian ; les régions, et les noms des lieux dans d’autres langues, ceux du CLDR d’Unicode. Les organismes, partenaires, programmes et formes de violence viennent des listes propres à l’application.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Compilé avec Qt %1.</translation>
    </message>
    <message>
        <source>About EVAW Explorer</source>
        <translation>À propos d’EVAW Explorer</translation>
    </message>
    <message>
        <source>Finding line %1 of %2…</source>
        <translation>Recherche de la ligne %1 de %2…</translation>
    </message>
    <message>
        <source>Text and table files (*.txt *.md *.csv *.tsv);;All files (*)</source>
        <translation>Fichiers texte et tableaux (*.txt *.md *.csv *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>(%n files read again by this version)</source>
        <translation>
            <numerusform>(%n fichier relu par cette version)</numerusform>
            <numerusform>(%n fichiers relus par cette version)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaw::PartnershipModel</name>
    <message numerus="yes">
        <source>%1 and %2 are named together in %n activities under the filters</source>
        <translation>
            <numerusform>%1 et %2 sont cités ensemble dans %n activité avec ces filtres</numerusform>
            <numerusform>%1 et %2 sont cités ensemble dans %n activités avec ces filtres</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <translation>
            <numerusform>%1 : %n activité</numerusform>
            <numerusform>%1 : %n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>The earliest year stated by an activity naming both: %1</source>
        <translation>L’année la plus ancienne qu’indique une activité qui les cite toutes deux : %1</translation>
    </message>
    <message>
        <source>None of the activities naming both states a year</source>
        <translation>Aucune des activités qui les citent toutes deux n’indique d’année</translation>
    </message>
    <message>
        <source>The earliest year that an activity naming both agencies states</source>
        <translation>L’année la plus ancienne qu’indique une activité citant les deux entités</translation>
    </message>
    <message>
        <source>The countries that the activities naming both agencies name, the most often named first</source>
        <translation>Les pays que citent les activités citant les deux entités, les plus souvent cités en premier</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>evaw::SourceCatalog</name>
    <message>
        <source>cancelled; the store is unchanged</source>
        <translation>annulé ; la base est inchangée</translation>
    </message>
    <message>
        <source>the store is not an SQLite database</source>
        <translation>la base n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>the store holds no file %1</source>
        <translation>la base ne contient aucun fichier %1</translation>
    </message>
</context>
<context>
    <name>evaw::SourceExcerpt</name>
    <message>
        <source>%1 cannot be read, or no longer holds this activity</source>
        <translation>%1 ne peut pas être lu, ou ne contient plus cette activité</translation>
    </message>
</context>
<context>
    <name>evaw::SourceListModel</name>
    <message>
        <source>Compiled into the application</source>
        <translation>Intégré à l&apos;application</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétitions</translation>
    </message>
</context>
<context>
    <name>evaw::SourcesDialog</name>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>Taking a file out of the store removes the activities first read in it. An activity that another stored file repeats stays, with that file as its source. Import the file again to bring its activities back.</source>
        <translation>Retirer un fichier de la base supprime les activités lues d&apos;abord dans ce fichier. Une activité qu&apos;un autre fichier de la base répète reste, avec ce fichier comme source. Importez de nouveau le fichier pour retrouver ses activités.</translation>
    </message>
    <message>
        <source>&amp;Remove from store…</source>
        <translation>&amp;Retirer de la base…</translation>
    </message>
    <message>
        <source>Take the selected file and the activities first read in it out of the store</source>
        <translation>Retirer de la base le fichier sélectionné et les activités lues d&apos;abord dans ce fichier</translation>
    </message>
    <message>
        <source>Remove from store</source>
        <translation>Retirer de la base</translation>
    </message>
    <message>
        <source>Take “%1” out of the store?</source>
        <translation>Retirer « %1 » de la base ?</translation>
    </message>
    <message numerus="yes">
        <source>%n activities were first read in it. Those that no other file repeats are removed.</source>
        <translation>
            <numerusform>%n activité a été lue d&apos;abord dans ce fichier. Celles qu&apos;aucun autre fichier ne répète sont supprimées.</numerusform>
            <numerusform>%n activités ont été lues d&apos;abord dans ce fichier. Celles qu&apos;aucun autre fichier ne répète sont supprimées.</numerusform>
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
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country codes</source>
        <translation>Codes pays</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Texte intégral</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>End line</source>
        <translation>Dernière ligne</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 est un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>L&apos;écriture de %1 a échoué</translation>
    </message>
    <message>
        <source>Activity %1 of the table has %2 characters in one column, more than a spreadsheet cell holds (32,767): export CSV instead</source>
        <translation>L’activité %1 du tableau compte %2 caractères dans une colonne, plus qu’une cellule de tableur n’en contient (32 767) : exportez plutôt en CSV</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Formes de violence</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>%1 rows do not fit in one sheet (at most %2); narrow the filters or export CSV</source>
        <translation>%1 lignes ne tiennent pas dans une feuille (au plus %2) ; affinez les filtres ou exportez en CSV</translation>
    </message>
    <message>
        <source>Agency pairs</source>
        <translation>Paires d&apos;organismes</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>evaw::TextFileReader</name>
    <message>
        <source>is a folder, not a text file</source>
        <translation>est un dossier, pas un fichier texte</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>cannot be read again (%1)</source>
        <translation>ne peut pas être relu (%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is %1 MiB, larger than the %2 MiB limit</source>
        <translation>fait %1 Mio, plus que la limite de %2 Mio</translation>
    </message>
    <message>
        <source>is binary, not text (NUL byte at offset %1)</source>
        <translation>est binaire, pas du texte (octet NUL à la position %1)</translation>
    </message>
    <message>
        <source>is not valid UTF-16 (odd number of bytes)</source>
        <translation>n&apos;est pas de l&apos;UTF-16 valide (nombre impair d&apos;octets)</translation>
    </message>
    <message>
        <source>is binary, not text (NUL character at offset %1)</source>
        <translation>est binaire, pas du texte (caractère NUL à la position %1)</translation>
    </message>
    <message>
        <source>is a web page (HTML), not text: save it from the browser as text, or copy its text into a file, and import that</source>
        <translation>est une page web (HTML), pas du texte : enregistrez-la depuis le navigateur au format texte, ou copiez son texte dans un fichier, puis importez celui-ci</translation>
    </message>
</context>
<context>
    <name>evaw::TimelineChart</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Activities per year by reporting entity; click a bar to filter to its year, a marker to open its activity</source>
        <translation>Activités par année et par entité déclarante ; cliquez sur une barre pour filtrer sur son année, sur un repère pour ouvrir son activité</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
</context>
<context>
    <name>evaw::TimelineModel</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message numerus="yes">
        <source>Not in the chart, for stating no year: %1 of %Ln activities</source>
        <translation>
            <numerusform>Hors du graphique, faute d’année indiquée : %1 sur %Ln activité</numerusform>
            <numerusform>Hors du graphique, faute d’année indiquée : %1 sur %Ln activités</numerusform>
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
        <translation>Explorer l&apos;inventaire des Nations Unies des activités pour mettre fin à la violence à l&apos;égard des femmes et des filles.</translation>
    </message>
    <message>
        <source>The store to open (default: in the app-data folder).</source>
        <translation>La base à ouvrir (par défaut : dans le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>Corpus files to import.</source>
        <translation>Fichiers de corpus à importer.</translation>
    </message>
    <message>
        <source>Interface language: en, fr, es or ar.</source>
        <translation>Langue de l&apos;interface : en, fr, es ou ar.</translation>
    </message>
    <message>
        <source>Commands that open no window: dump prints the activities as JSON or TSV, and export writes a chart, the activity table or a briefing. Each has its own --help.</source>
        <translation>Commandes sans fenêtre : dump affiche les activités en JSON ou en TSV, et export écrit un graphique, le tableau des activités ou une note d&apos;information. Chacune a son propre --help.</translation>
    </message>
</context>
</TS>
