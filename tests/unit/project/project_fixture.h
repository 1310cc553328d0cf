#pragma once

// A small project on disk for the tests of the application layer (pipeline/project): three
// articles in fr-FR with en-US as target locale: "approved" (its approval covers its
// text), "edited" (changed after its approval) and "broken" (not XML).
#include "approval/approval_record.h"
#include "config/config.h"
#include "loading/xml_schema.h"
#include "project/project.h"
#include "test_support.h"

#include <optional>
#include <string>

#include <gtest/gtest.h>

namespace medloc {

class ApplicationLayer : public ::testing::Test {
protected:
    void SetUp() override {
        const std::string source = testing::source_dir().string();
        dir_.write("medloc.ini", "[paths]\ncontent = content\ntranslations = translations\n"
                                 "terminology = " +
                                     source + "/terminology\nschemas = " + source +
                                     "/schemas\n[locales]\nsource = fr-FR\ntargets = en-US\n"
                                     "[medical]\ntoday = 2026-06-01\n");
        write_article("approved", "<p id=\"p1\">Buvez de l’eau.</p>");
        approve("approved");
        write_article("edited", "<p id=\"p1\">Buvez de l’eau.</p>");
        approve("edited");
        // Edited after the review: the approval no longer covers the text.
        std::string text = testing::read_text(dir_.path() / "content/edited.xml");
        const std::string from = "Buvez de l’eau.";
        text.replace(text.find(from), from.size(), "Buvez de l’eau. Prenez 10 comprimés.");
        dir_.write("content/edited.xml", text);
        dir_.write("content/broken.xml", "<article");
    }

    void write_article(const std::string& id, const std::string& answer) {
        dir_.write("content/" + id + ".xml", testing::article_xml(id, answer));
    }

    void approve(const std::string& id) {
        const XmlSchema schema = testing::article_schema();
        auto approved = prepare_approval((dir_.path() / ("content/" + id + ".xml")).string(),
                                         schema, {}, {"Dr Claire Dubois", "2026-05-12"});
        ASSERT_TRUE(approved) << approved.error().message;
        dir_.write("content/" + id + ".xml", approved.value().content);
    }

    Config config() {
        ConfigRequest request = rules_config_request();
        request.root = dir_.path().string();
        auto loaded = load_config(request);
        EXPECT_TRUE(loaded) << (loaded ? "" : loaded.error().message);
        return std::move(loaded).value();
    }

    Project open(bool content_rules = true) {
        auto project = open_project(config(), {std::nullopt, {}, content_rules});
        EXPECT_TRUE(project) << (project ? "" : project.error().message);
        return std::move(project).value();
    }

    testing::TempDir dir_;
};

} // namespace medloc
