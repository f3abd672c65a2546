// One grammar for .policy files (merchant policies with their tests), .platform files
// (platform profiles) and .schema files (request schemas). Which declarations are allowed where
// is the checker's business, so that a misplaced declaration gets a precise diagnostic rather
// than a syntax error.
grammar Verdict;

file : decl* EOF ;

decl
    : 'policy' STRING                                           # policyDecl
    | 'platform' platformRef STRING?                            # platformDecl
    | 'currency' (UPPER | IDENT) NUMBER?                        # currencyDecl
    | 'schema' platformRef ('extends' platformRef)? STRING?     # schemaDecl
    | 'let' IDENT '=' list                                      # letDecl
    | 'set' IDENT '=' operand whereClause?                      # setDecl
    | 'default' IDENT '=' operand                               # defaultDecl
    | 'limit' path limitBound whereClause?                      # limitDecl
    | 'forbid' IDENT whereClause?                               # forbidDecl
    | 'guard' name ':'? 'when' cond 'then' actions              # guardDecl
    | ('rule' name ':'?)? 'when' cond 'then' actions            # ruleDecl
    | 'otherwise' actions                                       # otherwiseDecl
    | 'test' name ':' testBody                                  # testDecl
    | 'enum' IDENT (EQ='=' | ADD='+=') list STRING?             # enumDecl
    | 'field' path ':' typeRef OPTIONAL='optional'? STRING?     # fieldDecl
    | 'passthrough' path STRING?                                # passthroughDecl
    | 'setting' IDENT ':' typeRef ('=' operand)? STRING?        # settingDecl
    | 'outcome' IDENT params? ('when' cond)? outcomeTrait* STRING?  # outcomeDecl
    | 'obligation' IDENT params? STRING?                        # obligationDecl
    | 'lint' IDENT list 'by' (path | list)                      # lintDecl
    ;

// A type in a schema: a named type (`money`, `int 0..100`, `category`, `aftersale.reason`) or
// an enum written in place.
typeRef
    : 'enum' list                                               # inlineEnumType
    | path range?                                               # namedType
    ;

range : LOW=NUMBER? '..' HIGH=NUMBER? ;

params : '(' param (',' param)* ')' ;
param  : IDENT ':' typeRef ;

// What an outcome does besides deciding: it is an auto-approval, or it pays money back.
outcomeTrait
    : 'approval'                                                # approvalTrait
    | 'refunds' path ('of' path)?                               # refundsTrait
    ;

platformRef : IDENT | STRING ;

whereClause : 'where' cond ;

limitBound
    : compareOp operand                                         # compareBound
    | 'in' list                                                 # inBound
    | 'between' operand 'and' operand                           # betweenBound
    ;

testBody
    : assignments                                               # defaultsBody
    | ('given' assignments)? 'expect' actions ('by' ruleRef)?   # caseBody
    ;

// The rule a test expects to decide: a rule or guard name, or `otherwise`.
ruleRef : name | 'otherwise' ;

assignments : assignment (',' assignment)* ;
// `path is absent` leaves an optional field out of the test's request.
assignment  : path ('=' operand | 'is' 'absent') ;

cond    : andCond ('or' andCond)* ;
andCond : notCond ('and' notCond)* ;
notCond : 'not' notCond | primary ;
primary : '(' cond ')' | atom ;

atom
    : path compareOp operand                                    # compareAtom
    | path NOT='not'? 'in' (list | IDENT)                       # inAtom
    | path 'between' operand 'and' operand                      # betweenAtom
    | path 'is' (PRESENT='present' | 'absent')                  # presenceAtom
    | path                                                      # truthAtom
    ;

compareOp : '=' | '!=' | '<' | '<=' | '>' | '>=' ;

operand : path | literal ;

literal
    : NUMBER UPPER?                                             # numberLiteral
    | DATE                                                      # dateLiteral
    | TIMESTAMP                                                 # timestampLiteral
    | SUFFIXED                                                  # suffixedLiteral
    | PERCENT                                                   # percentLiteral
    | STRING                                                    # stringLiteral
    | ('true' | 'false')                                        # boolLiteral
    ;

list : '[' (operand (',' operand)*)? ']' ;

actions : action (',' action)* ;
action  : IDENT ('(' (operand (',' operand)*)? ')')? ;

name : STRING | IDENT ;
path : IDENT ('.' IDENT)* ;

NUMBER     : DIGIT+ ('.' DIGIT+)? ;
DATE       : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ;
// The offset is optional here so that the AST builder can say a timestamp lacks one.
TIMESTAMP  : DATE 'T' DIGIT DIGIT ':' DIGIT DIGIT (':' DIGIT DIGIT ('.' DIGIT+)?)?
             ('Z' | [+-] DIGIT DIGIT ':' DIGIT DIGIT)? ;
PERCENT    : DIGIT+ ('.' DIGIT+)? '%' ;
// A number glued to letters: a duration (`7d`), or a malformed literal the AST builder names.
SUFFIXED   : DIGIT+ ('.' DIGIT+)? [a-zA-Z_] [a-zA-Z0-9_]* ;
STRING     : '"' (ESCAPE | ~["\\\r\n])* '"' ;
UNTERMINATED_STRING : '"' (ESCAPE | ~["\\\r\n])* ;
IDENT      : [a-z_] [a-z0-9_]* ;
UPPER      : [A-Z] [a-zA-Z0-9_]* ;
COMMENT    : '#' ~[\r\n]* -> channel(HIDDEN) ;
// Operators of other languages, lexed whole so that the parser's message can name them.
FOREIGN_OP : '===' | '==' | '!==' | '&&' | '||' | '<>' | '=>' ;
WS         : [ \t\r\n\u000C\uFEFF]+ -> skip ;
ERROR_CHAR : . ;

fragment DIGIT  : [0-9] ;
fragment ESCAPE : '\\' ~[\r\n] ;
