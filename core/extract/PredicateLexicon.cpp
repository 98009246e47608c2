#include "extract/PredicateLexicon.h"

#include "lexicon/LexiconSet.h"

#include <QJsonArray>
#include <QJsonValue>

namespace cc {

PredicateLexicon::PredicateLexicon(const LexiconSet &lexicons) {
    for (const LexiconEntry &e : lexicons.entries(QStringLiteral("predicates"))) {
        const QJsonObject &o = e.object;
        PredicateFrame f;
        bool ok = true;
        auto fail = [&](const QString &problem) {
            m_errors << e.where() + QStringLiteral(": predicates: ") + problem;
            ok = false;
        };
        f.key = e.string("key").trimmed();
        if (f.key.isEmpty()) {
            fail(QStringLiteral("entry without a \"key\""));
            continue;
        }
        f.label = e.string("label").trimmed();
        if (f.label.isEmpty())
            f.label = QString(f.key).replace(QLatin1Char('_'), QLatin1Char(' '));
        const QString type = e.string("type");
        if (type == QLatin1String("date"))
            f.type = ClaimValue::Type::Date;
        else if (type == QLatin1String("quantity"))
            f.type = ClaimValue::Type::Quantity;
        else if (type == QLatin1String("category"))
            f.type = ClaimValue::Type::Category;
        else if (type == QLatin1String("polarity"))
            f.type = ClaimValue::Type::Polarity;
        else
            fail(QStringLiteral("\"type\" of %1 is \"%2\"; expected date, quantity, category or "
                                "polarity")
                     .arg(f.key, type));
        f.dimension = e.string("dimension").trimmed();
        f.unit = e.string("unit").trimmed();
        if (f.type == ClaimValue::Type::Quantity && f.dimension.isEmpty())
            fail(QStringLiteral("quantity frame %1 needs a \"dimension\"").arg(f.key));
        auto flag = [&](const char *name, bool &out) {
            const QJsonValue v = o.value(QLatin1String(name));
            if (v.isUndefined() || v.isNull())
                return;
            if (!v.isBool())
                fail(QStringLiteral("\"%1\" of %2 must be true or false")
                         .arg(QLatin1String(name), f.key));
            else
                out = v.toBool();
        };
        flag("single_valued", f.singleValued);
        flag("line_shared", f.lineShared);
        flag("time_scoped", f.timeScoped);
        flag("bare_numbers", f.bareNumbers);
        flag("possessor_subject", f.possessorSubject);
        flag("person_subject", f.personSubject);
        flag("actor_scoped", f.actorScoped);
        flag("value_needs_head", f.valueNeedsHead);
        const QString subject = e.string("subject");
        if (subject == QLatin1String("event"))
            f.subject = PredicateFrame::SubjectRule::Event;
        else if (!subject.isEmpty() && subject != QLatin1String("owner"))
            fail(QStringLiteral("\"subject\" of %1 is \"%2\"; expected owner or event")
                     .arg(f.key, subject));
        const QJsonValue window = o.value(QLatin1String("window"));
        if (!window.isUndefined()) {
            if (!window.isDouble() || window.toInt() < 1 || window.toInt() > 40)
                fail(QStringLiteral("\"window\" of %1 must be a number from 1 to 40").arg(f.key));
            else
                f.window = window.toInt();
        }
        const QJsonValue cueWindow = o.value(QLatin1String("cue_window"));
        if (!cueWindow.isUndefined()) {
            if (!cueWindow.isDouble() || cueWindow.toInt() < 0 || cueWindow.toInt() > 20)
                fail(QStringLiteral("\"cue_window\" of %1 must be a number from 0 to 20")
                         .arg(f.key));
            else
                f.cueWindow = cueWindow.toInt();
        }
        auto number = [&](const char *name, std::optional<double> &out) {
            const QJsonValue v = o.value(QLatin1String(name));
            if (v.isUndefined())
                return;
            if (!v.isDouble())
                fail(QStringLiteral("\"%1\" of %2 must be a number")
                         .arg(QLatin1String(name), f.key));
            else
                out = v.toDouble();
        };
        number("min_value", f.minValue);
        number("max_value", f.maxValue);
        auto phrases = [&](const char *name, PhraseMatcher &into, bool *present) {
            const QJsonValue v = o.value(QLatin1String(name));
            if (v.isUndefined())
                return;
            if (!v.isArray()) {
                fail(QStringLiteral("\"%1\" of %2 must be a list of phrases")
                         .arg(QLatin1String(name), f.key));
                return;
            }
            for (const QJsonValue &p : v.toArray()) {
                if (!p.isString()) {
                    fail(QStringLiteral("\"%1\" of %2 must hold strings")
                             .arg(QLatin1String(name), f.key));
                    return;
                }
                if (into.add(p.toString(), 0) && present)
                    *present = true;
            }
        };
        phrases("excludes", f.excludes, nullptr);
        phrases("requires", f.requires_, &f.hasRequires);
        phrases("unit_words", f.unitWords, nullptr);
        phrases("value_cues", f.valueCues, &f.hasValueCues);
        phrases("value_heads", f.valueHeads, &f.hasValueHeads);
        phrases("passive_cues", f.passiveCues, nullptr);
        phrases("scope_words", f.scopeWords, nullptr);
        phrases("negating_triggers", f.negatingTriggers, nullptr);
        const QJsonValue triggers = o.value(QLatin1String("triggers"));
        if (!triggers.isArray() || triggers.toArray().isEmpty())
            fail(QStringLiteral("frame %1 needs a non-empty \"triggers\" list").arg(f.key));
        if (!ok)
            continue;
        const int index = static_cast<int>(m_frames.size());
        for (const QJsonValue &t : triggers.toArray()) {
            if (!t.isString() || !m_triggers.add(t.toString(), index)) {
                m_errors << e.where() +
                                QStringLiteral(": predicates: a trigger of %1 is not a phrase")
                                    .arg(f.key);
            }
        }
        m_frames.push_back(std::move(f));
    }
}

int PredicateLexicon::frameIndex(const QString &key) const {
    for (size_t i = 0; i < m_frames.size(); ++i) {
        if (m_frames[i].key == key)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace cc
