"""Shared secrets in the files a client library reads them from, each line a server and its secret: radcli's
(and radiusclient's) ``servers``, known by its path or by the comment the package ships at its top; and SANE's
``saned.users``, each line user:password:backend; OpenSMTPD's credentials table (``table creds file:/etc/mail/creds``),
each line a label and user:password; ActiveMQ's (Artemis' artemis-users too) and Karaf's users.properties; lighttpd's
plain userfile and BusyBox httpd.conf's /path:user:password lines; and a map of users to their owners'
passwords under a name that says so. In the catalog after ``plaintext``'."""
from __future__ import annotations

from .patterns import Detector
from .shapes import OWNER_PASSWORD

# the file's path, or its shipped header ("#Server Name or Client/Server pair		Key"), then comments
_RADCLI_SERVERS = (r"(?:\b(?:radcli|radiusclient(?:-ng)?)/servers\b|(?m:^)[ \t]*#[ \t]*(?i:server[ \t]+name[ \t]+or[ \t]+client/server[ \t]+pair))"
                   r"[^\r\n]*(?:\r?\n[ \t]*#[^\r\n]*)*")

SECRET_FILES: tuple[Detector, ...] = (
    # a RADIUS client's servers file: the server (or client/server pair), then the shared secret
    Detector("radius_servers_file_secret", "assignment",
             _RADCLI_SERVERS + r"\r?\n[ \t]*[^\s#]+[ \t]+([^\s\"'#][^\s\"']{2,})[ \t]*(?:\r?\n|$)",
             ("radcli", "radiusclient", "client/server pair"), "literal", "passwords", "password", False),
    # SANE's network scanning users: saned.users (named, or by the comment its package ships), user:password:backend
    Detector("saned_users_password", "assignment",
             r"\bsaned\.users\b[^\r\n]*(?:\r?\n[ \t]*#[^\r\n]*)*(?:\r?\n[\w.@\-]+:[^:\s]*:[\w\-]*)*?\r?\n[\w.@\-]+:([^:\s]{3,}):[\w\-]*[ \t]*(?:\r?\n|$)",
             ("saned.users",), "literal", "passwords", "password", False),
    # OpenSMTPD's relay credentials: the table's file (named with its table line, or its path), then label user:password
    Detector("smtpd_creds_table_password", "assignment",
             r"(?:\btable[ \t]+\w+[ \t]+file:|/etc/(?:mail|smtpd)/creds\b)[^\r\n]*(?:\r?\n[ \t]*#[^\r\n]*)*"
             r"(?:\r?\n[\w.\-]+[ \t]+[\w.@\-]+:[^\s]*)*?\r?\n[\w.\-]+[ \t]+[\w.@\-]+:([^\s]{3,})[ \t]*(?:\r?\n|$)",
             ("file:", "/creds"), "literal", "passwords", "password", False),
    # ActiveMQ's and Karaf's users.properties: user=password[,groups] (a line with a digit or a mark in its value)
    Detector("users_properties_password", "assignment",
             r"\b(?:users\.properties|artemis-users(?:\.properties)?)\b[^\r\n]*(?:\r?\n[^\r\n]*){0,12}?\r?\n[ \t]*[\w.@\-]+[ \t]*=[ \t]*([^\s,#]*[0-9!@#$%^&*._+~\-][^\s,#]*)",
             ("users.properties", "artemis-users"), "inline_password", "passwords", "password", False),
    # lighttpd's plain userfile (the file its config names, shown after it): user:password; BusyBox httpd.conf's
    # /path:user:password
    Detector("web_server_users_password", "assignment",
             r"\bauth\.backend\.plain\.userfile\b[^\r\n]*(?:\r?\n[^\r\n]*){0,6}?\r?\n[ \t]*[\w.@\-]+:([^\s:]{3,})[ \t]*(?:\r?\n|$)|"
             r"\bhttpd\.conf\b[^\r\n]*(?:\r?\n[^\r\n]*){0,8}?\r?\n/[\w.\-/]*:[\w.@\-]+:([^\s:]{3,})[ \t]*(?:\r?\n|$)",
             ("auth.backend.plain.userfile", "httpd.conf"), "literal", "passwords", "password", False),
    # a map of users to their passwords under what names it (users:, [accounts], "# logins.txt"): user: pw, user = pw
    Detector("user_map_password", "assignment",
             r"(?m:^)[ \t]*(?:#[^\r\n]*(?i:\b(?:users?|accounts?|logins?|credentials|creds|operators)\b)[^\r\n]*|"
             r"\[(?i:users?|accounts?|logins?|credentials)\]|(?i:users?|accounts?|logins?|credentials|creds)[ \t]*:)[ \t]*"
             r"(?:\r?\n[ \t]*[\w.@\-]+[ \t]*[:=][^\r\n]*){0,8}?\r?\n[ \t]*[\w.@\-]+[ \t]*[:=][ \t]*[\"']?"
             rf"({OWNER_PASSWORD})[\"']?[ \t]*(?:\r?\n|$)",
             ("user", "account", "login", "cred", "operator"), "owner_password_shape", "passwords", "password", False),
)
