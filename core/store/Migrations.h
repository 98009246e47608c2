#pragma once

#include <QString>

namespace cc {

class Database;

// The project file's schema history. Each step takes the file from version
// N-1 to N inside one transaction and records N in PRAGMA user_version; a new
// schema version is one more step appended to the list in Migrations.cpp.
class Migrations {
public:
    // The newest schema this build writes (ProjectStore::kSchemaVersion).
    static int latestVersion();
    // Runs every step above `fromVersion`. The file is unchanged when a step fails.
    static bool migrate(Database &db, int fromVersion, QString *error);
    // Marks files written by Crosscheck (PRAGMA application_id): "CrCk".
    static constexpr int kApplicationId = 0x4372436b;
};

} // namespace cc
