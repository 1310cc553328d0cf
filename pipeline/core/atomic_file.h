#pragma once

#include "core/result.h"

#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// Writes `content` to a temporary file beside `path`, creating the missing folders (unnamed until
// complete where the file system allows, so that a killed run leaves nothing), flushes it to disk
// and renames it over `path`: readers see the old file or the new one, never half of one. On any
// error the temporary file is removed and the old file is left as it was. A run killed
// in the instant between naming the finished file and renaming it leaves a hidden
// temporary; the next write into that folder removes it (see atomic_file.cpp). The new file
// gets `permissions` (`medloc fix` keeps those of the file it rewrites).
Status write_file_atomically(const std::string& path, std::string_view content,
                             unsigned permissions = 0644);

// The same a piece at a time, for content too large to hold (a report): `create` makes the
// folders and the temporary file, `write` appends, `commit` flushes and renames. A writer
// dropped without a commit, or whose commit failed, leaves nothing behind and the old file
// as it was.
class AtomicFileWriter {
public:
    static Result<std::unique_ptr<AtomicFileWriter>> create(const std::string& path,
                                                            unsigned permissions = 0644);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    Status write(std::string_view content);
    Status commit();
    const std::string& path() const { return path_; }

private:
    AtomicFileWriter(std::string path, unsigned permissions)
        : path_(std::move(path)), permissions_(permissions) {}

    std::string path_;
    unsigned permissions_;
    std::string directory_;
    int fd_ = -1;
    std::string temporary_; // the named temporary, when there is one
};

// An output stream into an AtomicFileWriter. A failed write sets the stream's badbit;
// `commit` then says what failed, and otherwise puts the file in place.
class AtomicFileStream : public std::ostream {
public:
    explicit AtomicFileStream(std::unique_ptr<AtomicFileWriter> writer);
    Status commit();

private:
    class Buffer : public std::streambuf {
    public:
        explicit Buffer(std::unique_ptr<AtomicFileWriter> writer);
        Status commit();
        const std::string& path() const { return writer_->path(); }

    protected:
        int_type overflow(int_type c) override;
        int sync() override;

    private:
        bool drain();

        std::unique_ptr<AtomicFileWriter> writer_;
        std::vector<char> buffer_;
        Status status_ = ok_status();
    };
    Buffer buffer_;
};

} // namespace medloc
