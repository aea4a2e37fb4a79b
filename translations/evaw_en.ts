<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>evaw::AgencyModel</name>
    <message numerus="yes">
        <source>%1: %n activities under the other filters</source>
        <translation>
            <numerusform>%1: %n activity under the other filters</numerusform>
            <numerusform>%1: %n activities under the other filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaw::BriefingWriter</name>
    <message numerus="yes">
        <source>Source: UN inventory of activities to end violence against women and girls — %n activities</source>
        <translation>
            <numerusform>Source: UN inventory of activity to end violence against women and girls — %n activity</numerusform>
            <numerusform>Source: UN inventory of activities to end violence against women and girls — %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The UN agencies and partners these activities name together most often, of %n pairs</source>
        <translation>
            <numerusform>The UN agencies and partners these activity name together most often, of %n pair</numerusform>
            <numerusform>The UN agencies and partners these activities name together most often, of %n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pairs of UN agencies these activities name together most often, of %n pairs</source>
        <translation>
            <numerusform>The pairs of UN agencies these activity name together most often, of %n pair</numerusform>
            <numerusform>The pairs of UN agencies these activities name together most often, of %n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaw::CountryTreeModel</name>
    <message numerus="yes">
        <source>%1: %n activities under the other filters</source>
        <translation>
            <numerusform>%1: %n activity under the other filters</numerusform>
            <numerusform>%1: %n activities under the other filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaw::ExportCommand</name>
    <message numerus="yes">
        <source>wrote %1 (%n activities)</source>
        <translation>
            <numerusform>wrote %1 (%n activity)</numerusform>
            <numerusform>wrote %1 (%n activities)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaw::MainWindow</name>
    <message numerus="yes">
        <source>Store: %1 (%Ln activities)</source>
        <translation>
            <numerusform>Store: %1 (%Ln activity)</numerusform>
            <numerusform>Store: %1 (%Ln activities)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln activities</source>
        <translation>
            <numerusform>%1 of %Ln activity</numerusform>
            <numerusform>%1 of %Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n new activities; linking their variants and indexing their text for search…</source>
        <translation>
            <numerusform>Import finished: %n new activity; linking its variants and indexing its text for search…</numerusform>
            <numerusform>Import finished: %n new activities; linking their variants and indexing their text for search…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n new activities</source>
        <translation>
            <numerusform>Import finished: %n new activity</numerusform>
            <numerusform>Import finished: %n new activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n files read again by this version)</source>
        <translation>
            <numerusform>(%n file read again by this version)</numerusform>
            <numerusform>(%n files read again by this version)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaw::PartnershipModel</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <translation>
            <numerusform>%1: %n activity</numerusform>
            <numerusform>%1: %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 are named together in %n activities under the filters</source>
        <translation>
            <numerusform>%1 and %2 are named together in %n activity under the filters</numerusform>
            <numerusform>%1 and %2 are named together in %n activities under the filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaw::SourcesDialog</name>
    <message numerus="yes">
        <source>%n activities were first read in it. Those that no other file repeats are removed.</source>
        <translation>
            <numerusform>%n activity was first read in it. It is removed unless another file repeats it.</numerusform>
            <numerusform>%n activities were first read in it. Those that no other file repeats are removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaw::TimelineModel</name>
    <message numerus="yes">
        <source>Not in the chart, for stating no year: %1 of %Ln activities</source>
        <translation>
            <numerusform>Not in the chart, for stating no year: %1 of %Ln activity</numerusform>
            <numerusform>Not in the chart, for stating no year: %1 of %Ln activities</numerusform>
        </translation>
    </message>
</context>
</TS>
