#include "checks/medical/bidi_control_in_dose_rule.h"

#include "checks/bidi_controls.h"
#include "loading/article.h"
#include "translation/bilingual.h"

namespace medloc {

namespace {

void check_article(const Article& article, CheckContext& context, FindingSink& sink,
                   const RuleInfo& info) {
    for (const Block& block : article.blocks)
        for (const BidiControl& control : find_bidi_controls(block, context)) {
            if (!control.in_amount)
                continue;
            sink.report(info, article, block, control.begin, control.end,
                        "medical.bidi-control-in-dose",
                        {{"control", describe_bidi_control(control.code_point)},
                         {"amount", control.amount}});
        }
}

} // namespace

void BidiControlInDoseRule::check(const Article& article, CheckContext& context,
                                  FindingSink& sink) const {
    check_article(article, context, sink, kInfo);
}

// The target is checked as an article; the source of an XLIFF file is text too.
void BidiControlInDoseRule::check_bilingual(const BilingualDocument& document,
                                            CheckContext& context, FindingSink& sink) const {
    check_article(document.source, context, sink, kInfo);
}

} // namespace medloc
