#include "checks/schema/duplicate_id_rule.h"

#include "loading/article.h"

#include <map>

namespace medloc {

void DuplicateIdRule::check(const Article& article, CheckContext&, FindingSink& sink) const {
    std::map<std::string_view, const IdDeclaration*> first_use;
    for (const IdDeclaration& declaration : article.ids) {
        auto [it, inserted] = first_use.emplace(declaration.id, &declaration);
        if (inserted)
            continue;
        const SourcePosition first = article.position(it->second->offset);
        Finding& finding = sink.report(kInfo, article, declaration.offset, "schema.duplicate-id",
                                       {{"id", declaration.id},
                                        {"element", it->second->element},
                                        {"line", std::to_string(first.line)},
                                        {"column", std::to_string(first.column)}});
        finding.block_id = declaration.id;
        finding.flagged_text = declaration.id;
    }
}

} // namespace medloc
