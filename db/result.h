// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace sisambang::db {

// Why an operation failed. `message` is for people (already translated when it
// comes from code that knows the user's language); `code` is for programs.
struct Error
{
    enum class Code {
        Failed,         // any database or I/O failure
        NotFound,       // the record or file asked for does not exist
        Invalid,        // input refused by a rule; message says which and where
        Conflict,       // changed by someone else, or a unique value already taken
        NotADatabase,   // the file is not SQLite, or not SiSambang's
        TooNew,         // written by a newer SiSambang
        Corrupt,        // SQLite reports damage
        ReadOnly,       // the file or its folder cannot be written
    };

    Code code = Code::Failed;
    QString message;

    static Error failed(QString text) { return {Code::Failed, std::move(text)}; }
    static Error invalid(QString text) { return {Code::Invalid, std::move(text)}; }
    static Error notFound(QString text) { return {Code::NotFound, std::move(text)}; }
    static Error conflict(QString text) { return {Code::Conflict, std::move(text)}; }
};

// A value or an Error; the small result type every repository returns.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace sisambang::db
