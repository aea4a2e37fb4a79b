#include "corpusgenerator.h"

namespace evaw::bench {

namespace {

const std::initializer_list<const char *> kAgencies{"UN Women", "UNFPA", "UNICEF", "UNDP", "IOM", "OHCHR", "UNODC",
    "UNHCR", "WHO", "ILO", "UN-Habitat", "UNESCO", "WFP", "FAO", "the United Nations Population Fund", "UNAIDS",
    "ESCWA", "ECLAC"};
const std::initializer_list<const char *> kCountries{"Mozambique", "Kenya", "Mexico", "Haiti", "Samoa", "Albania",
    "the Republic of Moldova", "Kosovo", "Tajikistan", "Senegal", "Burundi", "Nigeria", "Argentina", "El Salvador",
    "Liberia", "Uganda", "Mali", "Niger", "Zimbabwe", "Malawi", "Afghanistan", "Iraq", "Jordan", "Lebanon",
    "the Philippines", "Viet Nam", "Timor-Leste", "Ecuador", "Honduras", "Guatemala", "Trinidad and Tobago",
    "Papua New Guinea", "Fiji", "Bangladesh", "Nepal", "Ukraine"};
const std::initializer_list<const char *> kProgrammes{"the Spotlight Initiative", "the UNiTE campaign",
    "the Essential Services Package", "the RESPECT framework", "the GBV AoR", "GBVIMS",
    "the UN Trust Fund to End Violence against Women", "the 16 Days of Activism",
    "the Global Programme to End Child Marriage", "the HAYA Joint Programme", "Generation Equality"};
const std::initializer_list<const char *> kThemes{"female genital mutilation", "child marriage", "femicide",
    "sexual exploitation and abuse", "sexual harassment", "conflict-related sexual violence", "domestic violence",
    "online violence", "trafficking in persons", "violence against women in politics"};
const std::initializer_list<const char *> kVerbs{"supported", "co-led", "launched", "trained", "coordinated",
    "advocated for", "strengthened", "financed", "monitored"};
const std::initializer_list<const char *> kObjects{"a national referral pathway", "shelters and helplines",
    "police and judges", "a prevention campaign", "community mobilisation", "survivor-centred services",
    "data collection on violence", "a legal review", "case management training", "an inter-agency task force"};
const std::initializer_list<const char *> kMonths{"January", "March", "June", "August", "October", "December"};
const std::initializer_list<const char *> kMeasures{"Inter-Agency Mechanisms and Activities",
    "Data Collection, Analysis and Research", "Support for Legislative Development", "Support for Policy Development",
    "Prevention, Including Awareness Raising and Advocacy", "Protection, Support and Services for Victims/Survivors",
    "Training and Capacity Building"};

} // namespace

CorpusGenerator::CorpusGenerator(std::uint32_t seed)
    : m_random(seed)
{
}

const char *CorpusGenerator::pick(const std::initializer_list<const char *> &items)
{
    return items.begin()[number(0, int(items.size()) - 1)];
}

int CorpusGenerator::number(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

QByteArray CorpusGenerator::sentence()
{
    QByteArray s;
    switch (number(0, 4)) {
    case 0:
        s = QByteArray("In ") + pick(kCountries) + ", " + pick(kAgencies) + " " + pick(kVerbs) + " " + pick(kObjects)
            + " with " + pick(kAgencies) + " and " + pick(kAgencies) + " to address " + pick(kThemes) + ".";
        break;
    case 1:
        s = QByteArray("Since ") + QByteArray::number(number(2008, 2022)) + " " + pick(kAgencies) + ", jointly with "
            + pick(kAgencies) + ", leads " + pick(kProgrammes) + " in " + QByteArray::number(number(2, 40))
            + " countries.";
        break;
    case 2:
        s = QByteArray("On ") + QByteArray::number(number(1, 28)) + " " + pick(kMonths) + " "
            + QByteArray::number(number(2010, 2022)) + ", " + pick(kAgencies) + " " + pick(kVerbs) + " "
            + pick(kObjects) + " under " + pick(kProgrammes) + ", reaching " + QByteArray::number(number(2, 90))
            + ",000 women and girls.";
        break;
    case 3:
        s = QByteArray("Through ") + pick(kProgrammes) + ", " + pick(kAgencies) + " " + pick(kVerbs) + " "
            + pick(kObjects) + " in " + pick(kCountries) + " and " + pick(kCountries) + " in " + pick(kMonths) + " "
            + QByteArray::number(number(2012, 2022)) + ".";
        break;
    default:
        s = QByteArray("As of ") + QByteArray::number(number(2015, 2022)) + ", " + pick(kAgencies)
            + " coordinates GBV response in " + QByteArray::number(number(5, 60)) + " humanitarian settings, including "
            + pick(kCountries) + ", with a focus on " + pick(kThemes) + ".";
        break;
    }
    return s;
}

QByteArray CorpusGenerator::entry()
{
    QByteArray text;
    if (number(0, 5) == 0)
        text += QByteArray(pick(kMeasures)) + "\n";
    if (number(0, 1) == 0)
        text += QByteArray(pick(kMonths)).left(3) + " " + QByteArray::number(number(2010, 2020)) + " - "
            + QByteArray(pick(kMonths)).left(3) + " " + QByteArray::number(number(2020, 2022)) + " | " + pick(kAgencies)
            + "\n";
    QByteArray body;
    const int paragraphs = number(2, 6);
    for (int p = 0; p < paragraphs; ++p) {
        switch (number(0, 5)) {
        case 0: { // a lead-in with bullets
            body += QByteArray("In ") + pick(kCountries) + " " + pick(kAgencies) + " CO:\n";
            const int items = number(2, 5);
            for (int i = 1; i <= items; ++i)
                body += QByteArray::number(i) + "- " + sentence() + "\n";
            break;
        }
        case 1: // glued run-on
            body += sentence().chopped(1) + " and GTG." + sentence() + "\n";
            break;
        case 2:
            body += "- " + sentence() + " " + sentence() + "\n";
            break;
        default:
            body += sentence() + " " + sentence() + "\n";
            break;
        }
    }
    // The website's preview: the start of the text, cut, then "View More" glued to the full text.
    if (number(0, 2) == 0)
        text += body.left(number(60, 140)).replace('\n', ' ') + "...\nView More";
    text += body;
    // Now and then the scrape repeats a block word for word.
    if (number(0, 9) == 0 && !m_lastBlock.isEmpty())
        text += m_lastBlock;
    m_lastBlock = body;
    return text;
}

qint64 CorpusGenerator::write(QIODevice *out, qint64 bytes)
{
    qint64 written = 0;
    while (written < bytes) {
        const QByteArray chunk = entry();
        out->write(chunk);
        written += chunk.size();
    }
    return written;
}

} // namespace evaw::bench
