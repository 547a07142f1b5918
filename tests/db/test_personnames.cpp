// SPDX-License-Identifier: GPL-3.0-or-later
#include "emailaddresses.h"
#include "personnames.h"
#include "phonenumbers.h"
#include "textkeys.h"

#include <catch2/catch.hpp>

using namespace sisambang::db;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST_CASE("names: titles before and after are kept apart from the core name", "[names]")
{
    const auto sahabudin = PersonName::parse(s("H. Sahabudin, S.Sos."));
    CHECK(sahabudin.prefixTitles == QStringList{s("H.")});
    CHECK(sahabudin.coreName == s("Sahabudin"));
    CHECK(sahabudin.suffixTitles == QStringList{s("S.Sos.")});
    CHECK(sahabudin.fullName() == s("H. Sahabudin, S.Sos."));
    CHECK(sahabudin.key() == s("sahabudin"));

    const auto siti = PersonName::parse(s("Dr. Ir. Hj. Siti Aminah, M.Si."));
    CHECK(siti.prefixTitles == QStringList{s("Dr."), s("Ir."), s("Hj.")});
    CHECK(siti.coreName == s("Siti Aminah"));
    CHECK(siti.suffixTitles == QStringList{s("M.Si.")});
    CHECK(siti.fullName() == s("Dr. Ir. Hj. Siti Aminah, M.Si."));

    const auto several = PersonName::parse(s("Rahmat Hidayat, S.H., M.H."));
    CHECK(several.coreName == s("Rahmat Hidayat"));
    CHECK(several.suffixTitles == QStringList{s("S.H."), s("M.H.")});
    CHECK(several.fullName() == s("Rahmat Hidayat, S.H., M.H."));
}

TEST_CASE("names: titles without commas or spaces and ranks", "[names]")
{
    const auto noComma = PersonName::parse(s("Drs. Ahmad Yani S.Pd M.Si"));
    CHECK(noComma.prefixTitles == QStringList{s("Drs.")});
    CHECK(noComma.coreName == s("Ahmad Yani"));
    CHECK(noComma.suffixTitles == QStringList{s("S.Pd"), s("M.Si")});

    const auto packed = PersonName::parse(s("Dr.Ir.Siti Aminah"));
    CHECK(packed.prefixTitles == QStringList{s("Dr."), s("Ir.")});
    CHECK(packed.coreName == s("Siti Aminah"));

    const auto danramil = PersonName::parse(s("Kapten Inf. Bambang Sutrisno"));
    CHECK(danramil.prefixTitles == QStringList{s("Kapten Inf.")});
    CHECK(danramil.coreName == s("Bambang Sutrisno"));
    CHECK(prefixTitlesFromText(danramil.prefixText()) == danramil.prefixTitles);

    const auto kapolsek = PersonName::parse(s("IPTU Dedi Kurniawan, S.H."));
    CHECK(kapolsek.prefixTitles == QStringList{s("IPTU")});
    CHECK(kapolsek.coreName == s("Dedi Kurniawan"));
}

TEST_CASE("names: initials and plain names stay in the core name", "[names]")
{
    CHECK(PersonName::parse(s("M. Yusuf")).coreName == s("M. Yusuf"));
    CHECK(PersonName::parse(s("Ahmad H.")).coreName == s("Ahmad H."));
    CHECK(PersonName::parse(s("  Win   Iskandar ")).coreName == s("Win Iskandar"));
    // A title alone is kept as the name rather than losing the row.
    CHECK(PersonName::parse(s("Haji")).coreName == s("Haji"));
    CHECK(PersonName::parse(s("H. SAHABUDIN")).key() == PersonName::parse(s("Sahabudin")).key());
    QStringList prefix;
    QStringList suffix;
    PersonName::splitTitles(s("H., S.Sos., M.Si"), prefix, suffix);
    CHECK(prefix == QStringList{s("H.")});
    CHECK(suffix == QStringList{s("S.Sos."), s("M.Si")});
}

TEST_CASE("phones: normalised for storage and shown as offices write them", "[phones]")
{
    for (const char *written : {"0812-3456-7890", "0812 3456 7890", "+62 812-3456-7890",
                                "6281234567890", "81234567890", "(0812) 3456.7890"}) {
        INFO(written);
        auto phone = PhoneNumbers::normalise(s(written));
        REQUIRE(phone.ok());
        CHECK(*phone == s("+6281234567890"));
    }
    CHECK(PhoneNumbers::display(s("+6281234567890")) == s("0812-3456-7890"));
    CHECK(PhoneNumbers::display(s("+628123456789")) == s("0812-3456-789"));
    CHECK(PhoneNumbers::display(*PhoneNumbers::normalise(s("0718 43210"))) == s("(0718) 43210"));
    CHECK(PhoneNumbers::display(*PhoneNumbers::normalise(s("021-5551234"))) == s("(021) 5551234"));
    CHECK(PhoneNumbers::isMobile(s("+6281234567890")));
    CHECK_FALSE(PhoneNumbers::isMobile(s("+6271843210")));
}

TEST_CASE("phones: malformed numbers are refused with the reason", "[phones]")
{
    auto letters = PhoneNumbers::normalise(s("0812-ABCD-7890"));
    REQUIRE_FALSE(letters.ok());
    CHECK(letters.error().code == Error::Code::Invalid);
    CHECK(letters.error().message.contains(s("letters")));
    auto shortNumber = PhoneNumbers::normalise(s("0812-34"));
    REQUIRE_FALSE(shortNumber.ok());
    CHECK(shortNumber.error().message.contains(s("too short")));
    auto longNumber = PhoneNumbers::normalise(s("0812-3456-7890-1234"));
    REQUIRE_FALSE(longNumber.ok());
    CHECK(longNumber.error().message.contains(s("too long")));
    auto foreign = PhoneNumbers::normalise(s("+60 12-345 6789"));
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().message.contains(s("+62")));
    CHECK_FALSE(PhoneNumbers::normalise(s("")).ok());
    CHECK(PhoneNumbers::splitList(s("0812-1111-2222 / 0813 3333 4444")) ==
          QStringList{s("0812-1111-2222"), s("0813 3333 4444")});
}

TEST_CASE("e-mail addresses are checked", "[email]")
{
    CHECK(EmailAddresses::normalise(s(" Win@Bawaslu.Example ")).value() ==
          s("Win@bawaslu.example"));
    CHECK(EmailAddresses::normalise(QString()).value().isEmpty());
    CHECK_FALSE(EmailAddresses::normalise(s("win.bawaslu.example")).ok());
    CHECK_FALSE(EmailAddresses::normalise(s("win@bawaslu")).ok());
    CHECK_FALSE(EmailAddresses::normalise(s("win@@bawaslu.example")).ok());
    CHECK_FALSE(EmailAddresses::normalise(s("win iskandar@bawaslu.example")).ok());
}

TEST_CASE("text keys fold case punctuation accents and spelling", "[textkeys]")
{
    CHECK(textkeys::matchKey(s("Kurau (Timur)")) == s("kurau timur"));
    CHECK(textkeys::matchKey(s("M.Yusuf")) == s("m yusuf"));
    CHECK(textkeys::matchKey(s("Ma'ruf")) == s("maruf"));
    CHECK(textkeys::matchKey(s("Andr\u00e9")) == s("andre"));
    CHECK(textkeys::spellingKey(s("Soengai Selan")) == textkeys::spellingKey(s("Sungaiselan")));
    CHECK(textkeys::joinedWords({s("Polsek Lubuk Besar")}) ==
          s("polseklubuk polseklubukbesar lubukbesar"));
    CHECK(textkeys::editDistance(s("perlang"), s("perlang")) == 0);
    CHECK(textkeys::editDistance(s("perlang"), s("prelang")) == 2);
}
