#include "output/formatter.h"

#include "output/github_formatter.h"
#include "output/json_formatter.h"
#include "output/junit_formatter.h"
#include "output/sarif_formatter.h"
#include "output/text_formatter.h"

#include <string>

namespace medloc {

std::vector<std::string_view> formatter_names() {
    return {"text", "json", "sarif", "junit", "github"};
}

Result<std::unique_ptr<Formatter>> make_formatter(std::string_view name,
                                                  const FormatOptions& options) {
    if (name == "text")
        return std::unique_ptr<Formatter>(std::make_unique<TextFormatter>(options));
    if (name == "json")
        return std::unique_ptr<Formatter>(std::make_unique<JsonFormatter>());
    if (name == "sarif")
        return std::unique_ptr<Formatter>(std::make_unique<SarifFormatter>(options));
    if (name == "junit")
        return std::unique_ptr<Formatter>(std::make_unique<JunitFormatter>());
    if (name == "github")
        return std::unique_ptr<Formatter>(std::make_unique<GithubFormatter>());
    std::string known;
    for (std::string_view each : formatter_names())
        known += (known.empty() ? "" : ", ") + std::string(each);
    return Error{"unknown format '" + std::string(name) + "' (known formats: " + known + ")"};
}

} // namespace medloc
