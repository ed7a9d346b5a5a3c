"""Passwords a remote call or a protocol line takes by position, with no word for them beside the value:
a login's arguments (Odoo's JSON-RPC ``login``/``authenticate`` and ``execute_kw``, its XML-RPC
``common.login(db, user, pw)``, SQLAlchemy's ``URL.create``, Qt's ``QSqlDatabase::open(user, pw)``,
Sardine's WebDAV ``begin(user, pw)``), WordPress's XML-RPC methods (the password after the user), IRC's
``JOIN #channel key``, Erlang's ``ftp:user(Pid, User, Pw)`` and Node's ``Buffer.from(user + ':' + pw)``.
(A file's password a reader takes is ``commands``' key_file_passphrase_call's; a SecureString filled from a
literal is ``forms``' char_array_password's.) In the catalog after ``syntaxes``' table."""
from __future__ import annotations

from .patterns import Detector

_S = r"[ \t]*\"[^\"\r\n]*\"[ \t]*,"                 # a JSON string argument, then its comma
_Q = r"[ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,"           # a quoted argument of a call, then its comma
# one XML-RPC <param>: a value of any scalar type, tags apart or on their own lines
_PARAM = r"\s*<param>\s*<value>\s*(?:<(?:string|int|i4)>)?[^<]*(?:</(?:string|int|i4)>)?\s*</value>\s*</param>"
_XML_PW = r"\s*<param>\s*<value>\s*(?:<string>)?([^<\r\n]{4,})<"

RPC: tuple[Detector, ...] = (
    Detector("rpc_login_password", "assignment",
             rf"\"method\"[ \t]*:[ \t]*\"(?:login|authenticate)\"[ \t]*,[ \t]*\"args\"[ \t]*:[ \t]*\[{_S}{_S}[ \t]*\"([^\"\r\n]{{3,}})\"|"
             r"\"method\"[ \t]*:[ \t]*\"execute(?:_kw)?\"[ \t]*,[ \t]*\"args\"[ \t]*:[ \t]*\[" + _S +
             r"[ \t]*[0-9]+[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"                         # (db, uid, pw, model, …)
             rf"\bcommon\.(?:login|authenticate)\({_Q}{_Q}[ \t]*[\"']([^\"'\r\n]{{3,}})[\"']|"   # Odoo's common.login(db, user, pw)
             rf"\bURL\.create\({_Q}{_Q}[ \t]*[\"']([^\"'\r\n]{{3,}})[\"']|"      # SQLAlchemy's (driver, user, pw, host, …)
             r"\bQSqlDatabase\b(?s:.){0,400}?\.open\([ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"[ \t]*\)|"   # Qt's open(user, pw)
             # WordPress: wp.getUsersBlogs(user, pw); the other wp.*, metaWeblog.* and mt.* methods (blog or post, user, pw)
             rf"<methodName>wp\.getUsersBlogs</methodName>\s*<params>{_PARAM}{_XML_PW}|"
             rf"<methodName>(?:wp|metaWeblog|mt)\.\w+</methodName>\s*<params>{_PARAM}{_PARAM}{_XML_PW}|"
             r"(?m:^)[ \t]*(?:>>|->|C:|>)?[ \t]*(?:JOIN|/join)[ \t]+[#&][^\s,]+(?:,[#&][^\s,]+)*[ \t]+([^\s,]{3,})[ \t]*(?:\r?\n|$)|"
             rf"\bftp:user\([^,()\r\n]+,{_Q}[ \t]*\"([^\"\r\n]{{3,}})\"|"
             r"\bSardineFactory\.begin\([ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"   # Sardine's WebDAV login (user, pw)
             r"\bBuffer\.from\([ \t]*['\"][^'\"\r\n]+['\"][ \t]*\+[ \t]*['\"]:['\"][ \t]*\+[ \t]*['\"]([^'\"\r\n]{3,})['\"]",   # basic auth's user + ':' + pw
             ("\"login\"", "\"authenticate\"", "\"execute", "common.login(", "common.authenticate(", "url.create(", "qsqldatabase", "<methodname>", "join", "ftp:user(",
              "buffer.from(", "sardinefactory.begin("),
             "literal", "passwords", "password", False),
)
