#include "org/Opath.h"

#include <QRegularExpression>

namespace otjlab {

QString escapeDnValue(const QString& value)
{
    QString out;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        const bool special = QStringLiteral(",+\"\\<>;").contains(c) ||
                             (i == 0 && (c == QLatin1Char('#') || c == QLatin1Char(' '))) ||
                             (i == value.size() - 1 && c == QLatin1Char(' '));
        if (special)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

bool parseDn(const QString& dn, QList<QPair<QString, QString>>* out)
{
    QList<QPair<QString, QString>> parts;
    QString attr, value;
    bool inValue = false;
    auto hex = [](QChar c) {
        return QStringLiteral("0123456789abcdefABCDEF").contains(c);
    };
    for (int i = 0; i < dn.size(); ++i) {
        const QChar c = dn[i];
        if (!inValue) {
            if (c == QLatin1Char('=')) {
                inValue = true;
                attr = attr.trimmed();
                if (attr.isEmpty())
                    return false;
            } else {
                attr += c;
            }
            continue;
        }
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= dn.size())
                return false;
            if (i + 2 < dn.size() && hex(dn[i + 1]) && hex(dn[i + 2])) {
                // \XX: one UTF-8 byte; collect consecutive ones.
                QByteArray bytes;
                while (i + 2 < dn.size() && dn[i] == QLatin1Char('\\') && hex(dn[i + 1]) && hex(dn[i + 2])) {
                    bytes += char(dn.mid(i + 1, 2).toInt(nullptr, 16));
                    i += 3;
                }
                --i;
                value += QString::fromUtf8(bytes);
            } else {
                value += dn[++i];
            }
            continue;
        }
        if (c == QLatin1Char(',') || c == QLatin1Char('+')) {
            parts.append({attr, value});
            attr.clear();
            value.clear();
            inValue = false;
            continue;
        }
        if (QStringLiteral("\"<>;").contains(c))
            return false; // must be escaped
        value += c;
    }
    if (!inValue)
        return false;
    parts.append({attr, value});
    if (out)
        *out = parts;
    return true;
}

bool sameDn(const QString& a, const QString& b)
{
    QList<QPair<QString, QString>> pa, pb;
    if (!parseDn(a, &pa) || !parseDn(b, &pb) || pa.size() != pb.size())
        return false;
    for (int i = 0; i < pa.size(); ++i)
        if (pa[i].first.compare(pb[i].first, Qt::CaseInsensitive) != 0 ||
            pa[i].second.compare(pb[i].second, Qt::CaseInsensitive) != 0)
            return false;
    return true;
}

// --- OPATH ------------------------------------------------------------------------------------------

struct OpathFilter::Node
{
    enum Kind { And, Or, Not, Compare } kind = Compare;
    std::shared_ptr<Node> left, right;
    QString property, op, value;
    bool valueIsNull = false;
};

namespace {

struct Token
{
    enum Type { LParen, RParen, Operator, Word, Quoted, End } type = End;
    QString text;
    int position = 0; // 1-based, as Exchange reports it
};

bool tokenize(const QString& s, QList<Token>* out, QString* error)
{
    int i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.position = i + 1;
        if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            t.type = c == QLatin1Char('(') ? Token::LParen : Token::RParen;
            ++i;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // '' inside '…' and "" (or `") inside "…" stand for one quote character.
            t.type = Token::Quoted;
            ++i;
            bool closed = false;
            while (i < s.size()) {
                const QChar d = s[i];
                if (c == QLatin1Char('"') && d == QLatin1Char('`') && i + 1 < s.size()) {
                    t.text += s[i + 1];
                    i += 2;
                    continue;
                }
                if (d == c) {
                    if (i + 1 < s.size() && s[i + 1] == c) {
                        t.text += c;
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                t.text += d;
                ++i;
            }
            if (!closed) {
                *error = QStringLiteral("Unterminated quoted string at position %1.").arg(t.position);
                return false;
            }
        } else if (c == QLatin1Char('-')) {
            int j = i + 1;
            while (j < s.size() && s[j].isLetter())
                ++j;
            t.type = Token::Operator;
            t.text = s.mid(i + 1, j - i - 1).toLower();
            i = j;
        } else {
            int j = i;
            while (j < s.size() && !s[j].isSpace() && s[j] != QLatin1Char('(') && s[j] != QLatin1Char(')'))
                ++j;
            t.type = Token::Word;
            t.text = s.mid(i, j - i);
            i = j;
        }
        out->append(t);
    }
    Token end;
    end.position = int(s.size()) + 1;
    out->append(end);
    return true;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_t(std::move(tokens))
    {}
    std::shared_ptr<OpathFilter::Node> parse(QString* error)
    {
        auto n = orExpr();
        if (n && m_t[m_i].type != Token::End)
            fail(m_t[m_i].position);
        if (!m_error.isEmpty()) {
            *error = m_error;
            return nullptr;
        }
        return n;
    }

private:
    using NodeP = std::shared_ptr<OpathFilter::Node>;
    void fail(int position)
    {
        if (m_error.isEmpty())
            m_error =
                QStringLiteral("Invalid filter syntax. For a description of the filter parameter syntax "
                               "see the command help.\n\"%1\" at position %2.")
                    .arg(m_source)
                    .arg(position);
    }
    bool isOp(const char* op) const
    {
        return m_t[m_i].type == Token::Operator && m_t[m_i].text == QLatin1String(op);
    }
    NodeP orExpr()
    {
        NodeP left = andExpr();
        while (left && isOp("or")) {
            ++m_i;
            auto n = std::make_shared<OpathFilter::Node>();
            n->kind = OpathFilter::Node::Or;
            n->left = left;
            n->right = andExpr();
            if (!n->right)
                return nullptr;
            left = n;
        }
        return left;
    }
    NodeP andExpr()
    {
        NodeP left = unary();
        while (left && isOp("and")) {
            ++m_i;
            auto n = std::make_shared<OpathFilter::Node>();
            n->kind = OpathFilter::Node::And;
            n->left = left;
            n->right = unary();
            if (!n->right)
                return nullptr;
            left = n;
        }
        return left;
    }
    NodeP unary()
    {
        if (isOp("not")) {
            ++m_i;
            auto n = std::make_shared<OpathFilter::Node>();
            n->kind = OpathFilter::Node::Not;
            n->left = unary();
            return n->left ? n : nullptr;
        }
        if (m_t[m_i].type == Token::LParen) {
            ++m_i;
            NodeP n = orExpr();
            if (!n)
                return nullptr;
            if (m_t[m_i].type != Token::RParen) {
                fail(m_t[m_i].position);
                return nullptr;
            }
            ++m_i;
            return n;
        }
        if (m_t[m_i].type != Token::Word) {
            fail(m_t[m_i].position);
            return nullptr;
        }
        static const QStringList ops{QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("like"),
                                     QStringLiteral("notlike")};
        auto n = std::make_shared<OpathFilter::Node>();
        n->property = m_t[m_i++].text;
        if (m_t[m_i].type != Token::Operator || !ops.contains(m_t[m_i].text)) {
            fail(m_t[m_i].position);
            return nullptr;
        }
        n->op = m_t[m_i++].text;
        const Token& v = m_t[m_i];
        if (v.type == Token::Quoted) {
            n->value = v.text;
        } else if (v.type == Token::Word) {
            if (v.text.compare(QLatin1String("$null"), Qt::CaseInsensitive) == 0)
                n->valueIsNull = true;
            else if (v.text.compare(QLatin1String("$true"), Qt::CaseInsensitive) == 0)
                n->value = QStringLiteral("True");
            else if (v.text.compare(QLatin1String("$false"), Qt::CaseInsensitive) == 0)
                n->value = QStringLiteral("False");
            else
                n->value = v.text;
        } else {
            fail(v.position);
            return nullptr;
        }
        ++m_i;
        return n;
    }

public:
    QString m_source;

private:
    QList<Token> m_t;
    int m_i = 0;
    QString m_error;
};

void collect(const std::shared_ptr<OpathFilter::Node>& n, QStringList* out)
{
    if (!n)
        return;
    if (n->kind == OpathFilter::Node::Compare)
        out->append(n->property);
    collect(n->left, out);
    collect(n->right, out);
}

bool valueMatches(const QString& actual, const QString& op, const QString& wanted, const QString& property)
{
    if (op == QLatin1String("like") || op == QLatin1String("notlike")) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(wanted),
                                    QRegularExpression::CaseInsensitiveOption);
        return re.match(actual).hasMatch();
    }
    // Distinguished-name properties compare as DNs (escapes are not significant).
    if (property.compare(QLatin1String("MemberOfGroup"), Qt::CaseInsensitive) == 0 ||
        property.compare(QLatin1String("DistinguishedName"), Qt::CaseInsensitive) == 0 ||
        property.compare(QLatin1String("ManagedBy"), Qt::CaseInsensitive) == 0)
        return sameDn(actual, wanted);
    return actual.compare(wanted, Qt::CaseInsensitive) == 0;
}

bool evaluate(const std::shared_ptr<OpathFilter::Node>& n, const OpathFilter::Lookup& lookup)
{
    switch (n->kind) {
    case OpathFilter::Node::And:
        return evaluate(n->left, lookup) && evaluate(n->right, lookup);
    case OpathFilter::Node::Or:
        return evaluate(n->left, lookup) || evaluate(n->right, lookup);
    case OpathFilter::Node::Not:
        return !evaluate(n->left, lookup);
    case OpathFilter::Node::Compare:
        break;
    }
    bool known = true;
    const QStringList values = lookup(n->property, &known);
    if (!known)
        return false;
    const bool negated = n->op == QLatin1String("ne") || n->op == QLatin1String("notlike");
    if (n->valueIsNull)
        return negated ? !values.isEmpty() : values.isEmpty();
    bool any = false;
    for (const QString& v : values)
        any = any || valueMatches(v, n->op, n->value, n->property);
    return negated ? !any : any;
}

} // namespace

OpathFilter OpathFilter::parse(const QString& text)
{
    OpathFilter f;
    QList<Token> tokens;
    QString error;
    if (!tokenize(text, &tokens, &error)) {
        f.m_error =
            QStringLiteral("Invalid filter syntax. For a description of the filter parameter syntax see "
                           "the command help.\n\"%1\" %2")
                .arg(text, error);
        return f;
    }
    Parser p(tokens);
    p.m_source = text;
    f.m_root = p.parse(&error);
    if (!f.m_root)
        f.m_error = error;
    return f;
}

QStringList OpathFilter::properties() const
{
    QStringList out;
    collect(m_root, &out);
    return out;
}

bool OpathFilter::matches(const Lookup& lookup) const
{
    return m_root && evaluate(m_root, lookup);
}

} // namespace otjlab
