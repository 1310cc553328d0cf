#include "report/html_report.h"

#include "core/string_output.h"
#include "language/messages.h"
#include "report/coverage_bar.h"
#include "report/html_text.h"
#include "report/interface_text.h"
#include "report/page_assets.h"
#include "text/word_diff.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace medloc {

namespace {

std::string_view severity_word(Severity severity, const InterfaceText& text) {
    switch (severity) {
    case Severity::error:
        return text.errors;
    case Severity::warning:
        return text.warnings;
    case Severity::info:
        return text.infos;
    }
    return text.infos;
}

std::string_view severity_badge(Severity severity, const InterfaceText& text) {
    switch (severity) {
    case Severity::error:
        return text.error_one;
    case Severity::warning:
        return text.warning_one;
    case Severity::info:
        return text.info_one;
    }
    return text.info_one;
}

// Every finding of the report, for the counts.
std::vector<const Finding*> all_findings(const ReviewReport& report) {
    std::vector<const Finding*> findings;
    for (const ReportArticle& article : report.articles)
        for (const ReportFinding& shown : article.findings)
            findings.push_back(&shown.finding);
    for (const ReportFinding& shown : report.other_findings)
        findings.push_back(&shown.finding);
    return findings;
}

class PageWriter {
    // A word of medloc's catalogue in the page's language (statuses, rule families), or
    // `fallback` when the catalogue has none (another tool's status).
    std::string said(const std::string& id, const std::string& fallback) const {
        const std::string text = format_message(id, {}, text_.language);
        return text == id ? fallback : text;
    }

public:
    PageWriter(const ReviewReport& report, std::ostream& out)
        : report_(report), text_(interface_text(report.language)), out_(out),
          findings_(all_findings(report)) {}

    void write() {
        out_ << "<!DOCTYPE html>\n<html lang=\"" << text_.language << "\">\n<head>\n"
             << "<meta charset=\"utf-8\">\n"
             << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
             // Nothing but what the page holds: no network, no other file.
             << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
             << "<meta name=\"generator\" content=\"medloc " << escape_html(report_.tool_version)
             << "\">\n<title>" << text_.title << "</title>\n<style>" << page_stylesheet()
             << "</style>\n</head>\n<body>\n"
             << "<a class=\"skip\" href=\"#findings\">" << text_.skip_to_findings << "</a>\n"
             << "<header>\n<h1>" << text_.title << "</h1>\n<p class=\"muted\">"
             << escape_html(fill(fill(text_.generated, "d", report_.generated_on), "v",
                                 report_.tool_version))
             << "</p>\n</header>\n<main>\n";
        write_summary();
        write_coverage();
        write_findings();
        write_terminology();
        out_ << "</main>\n<script>" << page_script() << "</script>\n</body>\n</html>\n";
    }

private:
    void write_summary() {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        std::map<std::string, int> by_family;
        for (const Finding* finding : findings_) {
            errors += finding->severity == Severity::error;
            warnings += finding->severity == Severity::warning;
            infos += finding->severity == Severity::info;
            ++by_family[finding->rule_id.substr(0, finding->rule_id.find('.'))];
        }
        out_ << "<section id=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-"
                "title\">"
             << text_.summary << "</h2>\n<dl class=\"cards\">\n";
        card("articles", "", text_.articles, static_cast<int>(report_.articles.size()));
        card("findings", "", text_.findings, static_cast<int>(findings_.size()));
        card("error", "error", text_.errors, errors);
        card("warning", "warning", text_.warnings, warnings);
        card("info", "info", text_.infos, infos);
        out_ << "</dl>\n";

        out_ << "<h3>" << text_.by_family
             << "</h3>\n<table class=\"families\">\n<thead><tr><th "
                "scope=\"col\">"
             << text_.family << "</th><th scope=\"col\">" << text_.count
             << "</th><th scope=\"col\"><span class=\"skip\">%</span></th></tr></thead>\n<tbody>\n";
        for (const auto& [family, count] : by_family) {
            const double share = findings_.empty() ? 0.0 : double(count) / findings_.size();
            out_ << "<tr data-family=\"" << escape_html(family) << "\"><th scope=\"row\"><code>"
                 << escape_html(said("family." + family, family))
                 << "</code></th><td class=\"number\">" << count << "</td><td>"
                 << share_bar(share, "var(--info)",
                              family + ": " + std::to_string(count) + " / " +
                                  std::to_string(findings_.size()))
                 << "</td></tr>\n";
        }
        out_ << "</tbody>\n</table>\n";

        out_ << "<h3>" << text_.publishable_per_locale
             << "</h3>\n<table class=\"publishable\">\n<thead><tr><th scope=\"col\">"
             << text_.locale << "</th><th scope=\"col\">" << text_.publishable
             << "</th><th scope=\"col\"><span class=\"skip\">%</span></th></tr></thead>\n<tbody>\n";
        for (const std::string& locale : report_.target_locales) {
            int total = 0;
            int publishable = 0;
            for (const ReportArticle& article : report_.articles) {
                const auto it = article.locales.find(locale);
                if (it == article.locales.end())
                    continue;
                ++total;
                publishable += it->second.publishable;
            }
            const double share = total == 0 ? 0.0 : double(publishable) / total;
            const std::string label =
                fill(fill(text_.publishable_of, "n", std::to_string(publishable)), "m",
                     std::to_string(total));
            out_ << "<tr data-locale=\"" << escape_html(locale) << "\" data-publishable=\""
                 << publishable << "\" data-total=\"" << total << "\"><th scope=\"row\">"
                 << escape_html(locale) << "</th><td class=\"number\">" << escape_html(label)
                 << " (" << format_percent(share, text_) << ")</td><td>"
                 << share_bar(share, "var(--approved)", locale + ": " + label) << "</td></tr>\n";
        }
        out_ << "</tbody>\n</table>\n</section>\n";
    }

    void card(std::string_view key, std::string_view kind, std::string_view label, int value) {
        out_ << "<div class=\"card " << kind << "\"><dt>" << label << "</dt><dd data-count=\""
             << key << "\">" << value << "</dd></div>\n";
    }

    void write_coverage() {
        out_ << "<section id=\"coverage\" aria-labelledby=\"coverage-title\">\n<h2 "
                "id=\"coverage-title\">"
             << text_.coverage << "</h2>\n<p>" << text_.coverage_note << "</p>\n";
        legend();
        out_ << "<table class=\"coverage-locales\">\n<thead><tr><th scope=\"col\">" << text_.locale
             << "</th><th scope=\"col\">" << text_.approved
             << "</th><th scope=\"col\"><span class=\"skip\">%</span></th></tr></thead>\n<tbody>\n";
        for (const std::string& locale : report_.target_locales) {
            ArticleCoverage total;
            total.locale = locale;
            for (const ReportArticle& article : report_.articles) {
                const auto it = article.locales.find(locale);
                if (it == article.locales.end())
                    continue;
                const ArticleCoverage& c = it->second.coverage;
                total.total.words += c.total.words;
                total.final_units.words += c.final_units.words;
                total.reviewed.words += c.reviewed.words;
                total.translated.words += c.translated.words;
                total.stale.words += c.stale.words;
                total.missing.words += c.missing.words;
            }
            out_ << "<tr data-locale=\"" << escape_html(locale) << "\"><th scope=\"row\">"
                 << escape_html(locale) << "</th><td class=\"number\" title=\""
                 << escape_html(fill(
                        fill(text_.words_approved, "n", std::to_string(total.final_units.words)),
                        "m", std::to_string(total.total.words)))
                 << "\">" << format_percent(total.approved_share(), text_) << "</td><td>"
                 << coverage_bar(total, text_) << "</td></tr>\n";
        }
        out_ << "</tbody>\n</table>\n";

        out_ << "<h3>" << text_.coverage_per_article
             << "</h3>\n<table class=\"coverage-articles\">\n<thead><tr><th scope=\"col\">"
             << text_.article << "</th><th scope=\"col\">" << text_.review << "</th>";
        for (const std::string& locale : report_.target_locales)
            out_ << "<th scope=\"col\">" << escape_html(locale) << "</th>";
        out_ << "</tr></thead>\n<tbody>\n";
        for (const ReportArticle& article : report_.articles) {
            out_ << "<tr data-article=\"" << escape_html(article.id)
                 << "\"><th scope=\"row\"><a "
                    "href=\"#a-"
                 << escape_html(article.id) << "\">" << escape_html(article.id) << "</a></th><td>"
                 << escape_html(said("review." + article.review_status, article.review_status));
            if (!article.review_date.empty())
                out_ << " <span class=\"muted\">" << escape_html(article.review_date) << "</span>";
            out_ << "</td>";
            for (const std::string& locale : report_.target_locales) {
                const auto it = article.locales.find(locale);
                if (it == article.locales.end()) {
                    out_ << "<td></td>";
                    continue;
                }
                const LocaleStatus& status = it->second;
                std::string why;
                for (const std::string& reason : status.reasons)
                    why += (why.empty() ? "" : "\n") + reason;
                out_ << "<td data-locale=\"" << escape_html(locale) << "\">"
                     << coverage_bar(status.coverage, text_) << "<span class=\"badge "
                     << (status.publishable ? "yes" : "no") << "\""
                     << (why.empty() ? "" : " title=\"" + escape_html(why) + "\"") << ">"
                     << (status.publishable ? text_.publishable : text_.not_publishable)
                     << "</span> " << format_percent(status.coverage.approved_share(), text_)
                     << "</td>";
            }
            out_ << "</tr>\n";
        }
        out_ << "</tbody>\n</table>\n</section>\n";
    }

    void legend() {
        out_ << "<ul class=\"legend\">";
        for (const auto& [name, label] : {std::pair{"approved", text_.approved},
                                          {"reviewed", text_.reviewed},
                                          {"translated", text_.translated},
                                          {"stale", text_.stale},
                                          {"missing", text_.missing}})
            out_ << "<li style=\"--swatch: var(--" << name << ")\">" << label << "</li>";
        out_ << "</ul>\n";
    }

    void write_filters() {
        std::set<std::string> rules;
        std::set<std::string> locales;
        for (const Finding* finding : findings_) {
            rules.insert(finding->rule_id);
            if (!finding->locale.empty())
                locales.insert(finding->locale);
        }
        // Hidden until the script shows it: without the script there is nothing to filter.
        out_ << "<form id=\"filters\" class=\"filters\" hidden aria-label=\"" << text_.filters
             << "\">\n<fieldset><legend>" << text_.severity << "</legend>";
        for (const Severity severity : {Severity::error, Severity::warning, Severity::info})
            out_ << "<label><input type=\"checkbox\" name=\"severity\" value=\""
                 << to_string(severity) << "\" checked> " << severity_word(severity, text_)
                 << "</label>";
        out_ << "</fieldset>\n<label>" << text_.rule
             << " <select id=\"rule-filter\"><option value=\"\">" << text_.all_rules << "</option>";
        for (const std::string& rule : rules)
            out_ << "<option value=\"" << escape_html(rule) << "\">" << escape_html(rule)
                 << "</option>";
        out_ << "</select></label>\n<label>" << text_.locale
             << " <select id=\"locale-filter\"><option value=\"\">" << text_.all_locales
             << "</option>";
        for (const std::string& locale : locales)
            out_ << "<option value=\"" << escape_html(locale) << "\">" << escape_html(locale)
                 << "</option>";
        const std::string total = std::to_string(findings_.size());
        out_ << "</select></label>\n<p id=\"shown\" aria-live=\"polite\" data-template=\""
             << escape_html(text_.shown) << "\" data-total=\"" << total << "\" data-visible=\""
             << total << "\">" << escape_html(fill(fill(text_.shown, "n", total), "m", total))
             << "</p>\n</form>\n";
    }

    void write_findings() {
        out_ << "<section id=\"findings\" aria-labelledby=\"findings-title\">\n<h2 "
                "id=\"findings-title\">"
             << text_.findings_by_article << "</h2>\n";
        write_filters();
        for (const ReportArticle& article : report_.articles) {
            out_ << "<article class=\"report-article\" id=\"a-" << escape_html(article.id)
                 << "\" data-article=\"" << escape_html(article.id) << "\" data-findings=\""
                 << article.findings.size() << "\">\n<h3>"
                 << escape_html(article.title.empty() ? article.id : article.title);
            if (!article.title.empty())
                out_ << " <small>" << escape_html(article.id) << "</small>";
            out_ << "</h3>\n<p class=\"meta\">" << escape_html(article.path);
            if (article.title.empty())
                out_ << " — " << text_.unreadable;
            else
                out_ << " · " << text_.review << text_.colon
                     << escape_html(said("review." + article.review_status, article.review_status))
                     << ' ' << escape_html(article.review_date);
            if (article.approval.state == "stale")
                out_ << " <span class=\"badge error\">" << text_.approval_stale << "</span>";
            else if (article.approval.state == "no-digest" ||
                     article.approval.state == "unknown-version")
                out_ << " <span class=\"badge warning\">" << text_.approval_no_digest << "</span>";
            out_ << "</p>\n";
            if (article.approval.state == "stale")
                write_approval_changes(article);
            write_finding_list(article.findings);
            out_ << "</article>\n";
        }
        if (!report_.other_findings.empty()) {
            out_ << "<article class=\"report-article\" id=\"other-findings\" data-findings=\""
                 << report_.other_findings.size() << "\">\n<h3>" << text_.other_findings
                 << "</h3>\n";
            write_finding_list(report_.other_findings);
            out_ << "</article>\n";
        }
        out_ << "</section>\n";
    }

    // What changed since the approval: each block's approved text against its current text,
    // word by word, when git history holds the approved version; else the changed blocks.
    void write_approval_changes(const ReportArticle& article) {
        const ReportApproval& approval = article.approval;
        out_ << "<section class=\"approval-changes\" data-approval=\"stale\" aria-label=\""
             << text_.changed_since_approval << "\">\n<h4>" << text_.changed_since_approval
             << "</h4>\n<p>" << escape_html(approval.summary) << ". ";
        if (!approval.approved_commit.empty())
            out_ << escape_html(fill(fill(text_.approved_version, "c", approval.approved_commit),
                                     "d", approval.approved_date));
        else
            out_ << escape_html(fill(text_.approved_unknown, "n", approval.history_note));
        out_ << "</p>\n<ol class=\"changes\">\n";
        for (const ReportBlockChange& change : approval.changes) {
            const std::string_view kind = change.kind == "added"     ? text_.change_added
                                          : change.kind == "removed" ? text_.change_removed
                                                                     : text_.change_changed;
            out_ << "<li data-block=\"" << escape_html(change.block_id) << "\" data-change=\""
                 << escape_html(change.kind) << "\"><code>" << escape_html(change.block_id)
                 << "</code> " << kind;
            if (change.before_known || !change.after.empty()) {
                out_ << "<blockquote class=\"diff\" lang=\"" << escape_html(report_.source_locale)
                     << "\">";
                const auto pieces =
                    word_diff(change.before_known ? change.before : std::string(), change.after);
                for (const DiffPiece& piece : pieces) {
                    if (piece.kind == DiffPiece::Kind::same)
                        out_ << escape_html(piece.text);
                    else if (piece.kind == DiffPiece::Kind::removed)
                        out_ << "<del>" << escape_html(piece.text) << "</del>";
                    else
                        out_ << "<ins>" << escape_html(piece.text) << "</ins>";
                }
                out_ << "</blockquote>";
                if (change.before_known && change.kind == "changed" &&
                    change.before == change.after)
                    out_ << "<p class=\"muted\">" << text_.markup_only << "</p>";
            }
            out_ << "</li>\n";
        }
        out_ << "</ol>\n</section>\n";
    }

    void write_finding_list(const std::vector<ReportFinding>& findings) {
        if (findings.empty()) {
            out_ << "<p class=\"none\">" << text_.no_finding << "</p>\n";
            return;
        }
        out_ << "<ol class=\"findings\">\n";
        for (const ReportFinding& shown : findings) {
            const Finding& f = shown.finding;
            const std::string severity(to_string(f.severity));
            out_ << "<li class=\"finding " << severity << "\" data-severity=\"" << severity
                 << "\" data-rule=\"" << escape_html(f.rule_id) << "\" data-locale=\""
                 << escape_html(f.locale) << "\">\n<p class=\"where\"><span class=\"badge "
                 << severity << "\">" << severity_badge(f.severity, text_)
                 << "</span> <code title=\"" << escape_html(rule_summary(f.rule_id)) << "\">"
                 << escape_html(f.rule_id) << "</code> <span class=\"muted\">"
                 << escape_html(f.file);
            if (f.position.line > 0)
                out_ << ':' << f.position.line << ':' << f.position.column;
            if (!f.locale.empty())
                out_ << " · " << escape_html(f.locale);
            out_ << "</span></p>\n<p class=\"message\">"
                 << escape_html(localized_message(f, text_.language)) << "</p>\n";
            if (!shown.sentence.empty()) {
                const std::string& s = shown.sentence;
                out_ << "<blockquote class=\"context\" lang=\"" << escape_html(f.locale) << "\">"
                     << escape_html(s.substr(0, shown.mark_begin)) << "<mark>"
                     << escape_html(s.substr(shown.mark_begin, shown.mark_end - shown.mark_begin))
                     << "</mark>" << escape_html(s.substr(shown.mark_end)) << "</blockquote>\n";
            }
            if (!f.suggestions.empty()) {
                out_ << "<p class=\"suggestion\">" << text_.suggestion << text_.colon;
                const std::size_t shown_count = std::min<std::size_t>(f.suggestions.size(), 3);
                for (std::size_t i = 0; i < shown_count; ++i)
                    out_ << (i ? ", " : "") << "<ins>"
                         << escape_html_showing_spaces(f.suggestions[i], text_.no_break_space)
                         << "</ins>";
                out_ << "</p>\n";
            }
            out_ << "</li>\n";
        }
        out_ << "</ol>\n";
    }

    std::string rule_summary(const std::string& id) const {
        for (const RuleInfo& info : report_.rules)
            if (info.id == id)
                return std::string(info.summary);
        return {};
    }

    void write_terminology() {
        out_ << "<section id=\"terminology\" aria-labelledby=\"terminology-title\">\n<h2 "
                "id=\"terminology-title\">"
             << text_.terminology << "</h2>\n";
        if (!report_.has_termbase) {
            out_ << "<p>" << text_.no_termbase << "</p>\n</section>\n";
            return;
        }
        out_ << "<p>" << text_.terminology_note << "</p>\n";
        if (report_.terms.empty()) {
            out_ << "<p>" << text_.no_term_in_use << "</p>\n</section>\n";
            return;
        }
        out_ << "<table class=\"terms\">\n<thead><tr><th scope=\"col\">" << text_.concept_label
             << "</th><th scope=\"col\">" << text_.term << "</th><th scope=\"col\">" << text_.status
             << "</th><th scope=\"col\">" << text_.occurrences << "</th><th scope=\"col\">"
             << text_.articles << "</th></tr></thead>\n<tbody>\n";
        for (const TermUse& use : report_.terms) {
            out_ << "<tr data-status=\"" << escape_html(use.status) << "\"><td><code>"
                 << escape_html(use.concept_id) << "</code></td><td>" << escape_html(use.term)
                 << "</td><td>"
                 << (use.status == "deprecated"
                         ? "<span class=\"badge warning\">" + escape_html(use.status) + "</span>"
                         : escape_html(use.status))
                 << "</td><td class=\"number\">" << use.occurrences << "</td><td>";
            for (std::size_t i = 0; i < use.articles.size(); ++i)
                out_ << (i ? ", " : "") << "<a href=\"#a-" << escape_html(use.articles[i]) << "\">"
                     << escape_html(use.articles[i]) << "</a>";
            out_ << "</td></tr>\n";
        }
        out_ << "</tbody>\n</table>\n</section>\n";
    }

    const ReviewReport& report_;
    const InterfaceText& text_;
    std::ostream& out_;
    std::vector<const Finding*> findings_;
};

} // namespace

std::string render_review_page(const ReviewReport& report) {
    return render_to_string([&](std::ostream& out) { PageWriter(report, out).write(); });
}

} // namespace medloc
