#include "project/rule_list.h"

#include "core/string_output.h"

#include <algorithm>
#include <iomanip>
#include <ostream>

#include <nlohmann/json.hpp>

namespace medloc {

std::string rule_list_text(const RuleRegistry& registry) {
    const std::vector<RuleInfo> infos = registry.infos();
    std::size_t width = 0;
    for (const RuleInfo& info : infos)
        width = std::max(width, info.id.size());
    return render_to_string([&](std::ostream& out) {
        for (const RuleInfo& info : infos) {
            out << std::left << std::setw(static_cast<int>(width) + 2) << info.id << std::setw(9)
                << to_string(info.default_severity) << info.summary << '\n';
            for (const SettingSpec& spec : registry.options_of(info.id))
                out << std::string(width + 2, ' ') << "option " << spec.key << " = "
                    << spec.default_value << " (" << spec.help << ")\n";
        }
    });
}

std::string rule_list_json(const RuleRegistry& registry) {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const RuleInfo& info : registry.infos()) {
        nlohmann::ordered_json rule = {{"id", info.id},
                                       {"family", info.family()},
                                       {"default_severity", to_string(info.default_severity)},
                                       {"summary", info.summary},
                                       {"help", "docs/rules/" + std::string(info.id) + ".md"}};
        for (const SettingSpec& spec : registry.options_of(info.id))
            rule["options"].push_back({{"key", spec.key},
                                       {"option", spec.option},
                                       {"default", spec.default_value},
                                       {"help", spec.help}});
        rules.push_back(std::move(rule));
    }
    const nlohmann::ordered_json root{{"rules", rules}};
    return render_to_string([&](std::ostream& out) { out << root.dump(2) << '\n'; });
}

} // namespace medloc
