#include "checks/rule_registry.h"
#include "checks/schema/doctype_rule.h"
#include "checks/schema/duplicate_id_rule.h"
#include "checks/schema/encoding_rule.h"
#include "checks/schema/id_mismatch_rule.h"
#include "checks/schema/invalid_rule.h"
#include "checks/schema/not_well_formed_rule.h"
#include "checks/schema/unreadable_file_rule.h"

namespace medloc {

namespace {

RuleRegistry make_builtin_rules() {
    RuleRegistry registry;
    registry.add<UnreadableFileRule>();
    registry.add<EncodingRule>();
    registry.add<NotWellFormedRule>();
    registry.add<DoctypeRule>();
    registry.add<InvalidRule>();
    registry.add<DuplicateIdRule>();
    registry.add<IdMismatchRule>();
    return registry;
}

} // namespace

const RuleRegistry& builtin_rules() {
    static const RuleRegistry registry = make_builtin_rules();
    return registry;
}

} // namespace medloc
