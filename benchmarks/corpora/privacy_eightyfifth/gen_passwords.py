"""Positional password syntaxes: the place tells that it is a password."""
import random
from common import *

S = SLOT
SUFFIX = {"cli": "gis_server_shell_session", "cfg": "geo_stack_config_listing", "sql": "spatial_db_admin_script",
          "code": "geoprocessing_source_file", "win": "field_laptop_cmd_window", "proto": "ogc_gnss_wire_capture"}

P = [
 ("ogr2ogr_pg_datasource_password_keyword", "cli", 'ogr2ogr -f PostgreSQL PG:"host=@H dbname=gis user=@U password=§" parcels.shp -nln parcels'),
 ("ogrinfo_mssql_connection_pwd_field", "cli", 'ogrinfo "MSSQL:server=@H;database=gis;uid=@U;pwd=§;tables=dbo.roads"'),
 ("gdalinfo_oci_user_slash_password", "cli", "gdalinfo OCI:@U/§@@H/ORCL:ORTHO_2024"),
 ("gdal_config_http_userpwd_pair", "cli", "gdal_translate --config GDAL_HTTP_USERPWD @U:§ WMS:https://@H/wms out.tif"),
 ("gdal_wfs_url_userinfo", "cli", 'ogr2ogr -f GPKG out.gpkg WFS:"https://@U:§@@H/geoserver/wfs"'),
 ("pgsql2shp_capital_p_flag", "cli", "pgsql2shp -f parcels.shp -h @H -u @U -P § gis public.parcels"),
 ("raster2pgsql_pipe_psql_uri", "cli", "raster2pgsql -s 25832 -I -C dem.tif public.dem | psql postgresql://@U:§@@H/gis"),
 ("imposm_connection_postgis_scheme", "cli", "imposm import -connection postgis://@U:§@@H/osm -mapping mapping.yml -read planet.pbf -write"),
 ("osmosis_write_pgsql_password_arg", "cli", "osmosis --read-pbf city.osm.pbf --write-pgsql host=@H database=osm user=@U password=§"),
 ("grass_db_login_password_option", "cli", "db.login driver=pg database=gis user=@U password=§ host=@H"),
 ("sentinelsat_lower_p_flag", "cli", "sentinelsat -u @U -p § -g aoi.geojson -s 20240601 -e 20240630 --producttype S2MSI2A"),
 ("landsatxplore_download_p_flag", "cli", "landsatxplore download -u @U -p § -o ./scenes LC09_L2SP_195026_20240612_02_T1"),
 ("pymodis_download_capital_p_flag", "cli", "modis_download.py -U @U -P § -p MOD13Q1.061 -t h18v04 ./modis"),
 ("str2str_ntrip_url_userinfo", "cli", "str2str -in ntrip://@U:§@@H:2101/RTCM3_BASE -out serial://ttyUSB0:115200"),
 ("ntripclient_capital_p_flag", "cli", "ntripclient -s @H -r 2101 -m MOUNTPT -u @U -p § -D /dev/ttyACM0"),
 ("nodeodm_token_flag", "cli", "docker run -p 3000:3000 opendronemap/nodeodm --token §"),
 ("smbclient_percent_separator", "cli", "smbclient //@H/survey -U @U%§ -c 'get job_2024.csv'"),
 ("smbclient_positional_password_after_share", "cli", "smbclient //@H/ortho § -U @U"),
 ("plink_pw_flag", "cli", "plink -ssh @U@@H -pw § \"tail -n 50 /var/log/geoserver.log\""),
 ("pscp_pw_flag", "cli", "pscp -pw § dem_tiles.zip @U@@H:/data/incoming/"),
 ("ipmitool_capital_p_flag", "cli", "ipmitool -I lanplus -H @H -U @U -P § chassis power status"),
 ("snmpwalk_v3_capital_a_authpass", "cli", "snmpwalk -v3 -l authNoPriv -u @U -a SHA -A § @H 1.3.6.1.2.1.1"),
 ("ldapsearch_lower_w_bindpw", "cli", 'ldapsearch -x -H ldaps://@H -D "cn=@U,ou=gis,dc=example" -w § "(uid=geoserver)"'),
 ("mysqladmin_password_subcommand", "cli", "mysqladmin -u @U password §"),
 ("chpasswd_echo_user_colon", "cli", "echo '@U:§' | sudo chpasswd"),
 ("openssl_passwd_positional_plaintext", "cli", "sudo useradd -m -p \"$(openssl passwd -6 §)\" @U"),
 ("wpa_passphrase_second_positional", "cli", "wpa_passphrase DRONE_FIELD_AP § >> /etc/wpa_supplicant.conf"),
 ("nmcli_wifi_connect_password_word", "cli", "nmcli dev wifi connect RTK-BASE-AP password §"),
 ("x11vnc_passwd_flag", "cli", "x11vnc -display :0 -passwd § -forever -shared"),
 ("curl_proxy_user_colon", "cli", "curl --proxy http://proxy.example:3128 --proxy-user @U:§ https://@H/wmts/1.0.0/WMTSCapabilities.xml"),
 ("unzip_capital_p_flag", "cli", "unzip -P § lidar_block7.zip -d ./las"),
 ("rar_attached_lower_p", "cli", "rar a -p§ -m5 survey_raw.rar ./raw"),
 ("openssl_pkcs12_passout_pass_prefix", "cli", "openssl pkcs12 -export -in geoserver.crt -inkey geoserver.key -out geoserver.p12 -passout pass:§"),
 ("keytool_keypass_flag", "cli", "keytool -genkeypair -alias geoserver -keyalg RSA -keystore /opt/geoserver/keystore.jks -keypass §"),
 ("influx_setup_lower_p_flag", "cli", "influx setup -u @U -p § -o survey -b gnss_telemetry -f"),
 ("mc_alias_set_fourth_positional", "cli", "mc alias set ortho https://@H @U §"),
 ("ncftpput_lower_p_flag", "cli", "ncftpput -u @U -p § @H /incoming ortho_mosaic.tif"),
 ("sqlplus_user_slash_password", "cli", "sqlplus @U/§@//@H:1521/GISPDB @load_sdo.sql"),
 ("expdp_user_slash_password", "cli", "expdp system/§@GISPDB schemas=LANDREC directory=DP_DIR dumpfile=landrec.dmp"),
 ("sqlcmd_capital_p_flag", "cli", "sqlcmd -S @H -U @U -P § -Q \"SELECT COUNT(*) FROM dbo.parcels\""),
 ("bcp_capital_p_flag", "cli", "bcp gis.dbo.addresses out addresses.dat -S @H -U @U -P § -c"),
 ("mongoimport_uri_userinfo", "cli", "mongoimport --uri mongodb://@U:§@@H:27017/geo --collection pois --file pois.geojson --jsonArray"),
 ("elasticsearch_keystore_add_stdin", "cli", "echo '§' | bin/elasticsearch-keystore add -x xpack.security.http.ssl.keystore.secure_password"),
 ("webodm_manage_changepassword_heredoc", "cli", "./webodm.sh start && docker exec -i webapp python manage.py shell <<< \"from django.contrib.auth.models import User; u=User.objects.get(username='@U'); u.set_password('§'); u.save()\""),
 ("pg_basebackup_d_conninfo_password", "cli", "pg_basebackup -d \"host=@H user=@U password=§\" -D /srv/pg_replica -Fp -Xs -P"),
 ("couchdb_url_userinfo_geocouch", "cli", "curl -X PUT http://@U:§@@H:5984/tracks"),
 ("git_credential_approve_stdin_block", "cli", "git credential approve <<EOF\nprotocol=https\nhost=@H\nusername=@U\npassword=§\nEOF"),
 # --- config files ---
 ("pgpass_fifth_field", "cfg", "# ~/.pgpass\n@H:5432:gis:@U:§\n"),
 ("s3fs_passwd_file_secret_field", "cfg", "# /etc/passwd-s3fs\northo-archive:@K:§\n"),
 ("davfs2_secrets_third_column", "cfg", "# /etc/davfs2/secrets\nhttps://@H/remote.php/dav/files/@U @U §\n"),
 ("jetty_realm_properties_user_line", "cfg", "# jetty realm.properties (GeoServer bin distribution)\n@U: §, admin\n"),
 ("geoserver_users_xml_plain_prefix", "cfg", "<user enabled=\"true\" name=\"@U\" password=\"plain:§\"/>"),
 ("tomcat_users_xml_user_element", "cfg", "<tomcat-users>\n  <user username=\"@U\" password=\"§\" roles=\"manager-gui\"/>\n</tomcat-users>"),
 ("mapfile_connection_password_keyword", "cfg", "LAYER\n  NAME \"roads\"\n  CONNECTIONTYPE POSTGIS\n  CONNECTION \"host=@H dbname=gis user=@U password=§\"\n  DATA \"geom FROM roads\"\nEND"),
 ("qgs_datasource_password_quoted", "cfg", "<datasource>dbname='gis' host=@H port=5432 user='@U' password='§' sslmode=disable key='fid' table=\"public\".\"hydrants\" (geom)</datasource>"),
 ("rtkrcv_inpstr_path_user_colon", "cfg", "inpstr2-type       =ntripcli\ninpstr2-path       =@U:§@@H:2101/CORS_EU\n"),
 ("fetchmailrc_password_word", "cfg", "poll @H protocol IMAP user \"@U\" password \"§\" ssl\n"),
 ("hostapd_conf_wpa_passphrase", "cfg", "interface=wlan0\nssid=UAV_GROUND\nwpa=2\nwpa_passphrase=§\n"),
 ("odbc_ini_pwd_key", "cfg", "[GIS_SQL]\nDriver=ODBC Driver 18 for SQL Server\nServer=@H\nUID=@U\nPWD=§\n"),
 ("jdbc_oracle_thin_user_slash", "cfg", "spring.datasource.url=jdbc:oracle:thin:@U/§@@H:1521/GISPDB\n"),
 ("jdbc_postgresql_query_password_param", "cfg", "geotools.jdbc.url=jdbc:postgresql://@H:5432/gis?user=@U&password=§&ssl=true\n"),
 ("geotools_datastore_params_passwd_key", "cfg", "dbtype=postgis\nhost=@H\ndatabase=gis\nuser=@U\npasswd=§\n"),
 ("sqlalchemy_geoalchemy_url_userinfo", "cfg", "[alembic]\nsqlalchemy.url = postgresql+psycopg2://@U:§@@H/gis\n"),
 ("tilestache_cfg_postgis_dbinfo", "cfg", "{\"layers\": {\"parcels\": {\"provider\": {\"class\": \"TileStache.Goodies.VecTiles:Provider\", \"kwargs\": {\"dbinfo\": {\"host\": \"@H\", \"user\": \"@U\", \"password\": \"§\", \"database\": \"gis\"}}}}}}"),
 ("erddap_setup_xml_email_password", "cfg", "<emailUserName>@U</emailUserName>\n<emailPassword>§</emailPassword>"),
 ("mount_cifs_options_pass_key", "cfg", "//@H/survey /mnt/survey cifs user=@U,pass=§,uid=1000 0 0\n"),
 ("eodag_user_conf_credentials", "cfg", "peps:\n  priority: 1\n  auth:\n    credentials:\n      username: @U\n      password: §\n"),
 ("mosquitto_bridge_remote_password", "cfg", "connection gnss-bridge\naddress @H:8883\nremote_username @U\nremote_password §\n"),
 # --- SQL ---
 ("oracle_create_user_identified_by", "sql", "CREATE USER sdo_loader IDENTIFIED BY \"§\" DEFAULT TABLESPACE gis_data;"),
 ("mssql_create_login_with_password", "sql", "CREATE LOGIN gis_reader WITH PASSWORD = N'§', CHECK_POLICY = OFF;"),
 ("mssql_alter_login_sa_password", "sql", "ALTER LOGIN sa WITH PASSWORD = '§';"),
 ("postgis_ogr_fdw_server_datasource", "sql", "CREATE SERVER wfs_city FOREIGN DATA WRAPPER ogr_fdw\n  OPTIONS (datasource 'WFS:https://@U:§@@H/geoserver/wfs', format 'WFS');"),
 ("postgres_dblink_connect_u_string", "sql", "SELECT dblink_connect('hydro', 'hostaddr=10.20.0.7 dbname=hydro user=@U password=§');"),
 ("sde_create_enterprise_gdb_sql_comment", "sql", "-- arcpy.management.CreateEnterpriseGeodatabase(\"PostgreSQL\", \"@H\", \"gis\", \"DATABASE_AUTH\", \"postgres\", \"§\", ...)\nSELECT sde.sde_version();"),
 ("mysql_spatial_grant_identified_by", "sql", "GRANT SELECT ON geo.* TO 'tile_ro'@'%' IDENTIFIED BY '§';"),
 ("db2_connect_to_user_using", "sql", "CONNECT TO GISDB USER @U USING §;"),
 # --- code ---
 ("arcpy_create_database_connection_positional", "code", "arcpy.management.CreateDatabaseConnection(r\"C:\\gis\", \"prod.sde\", \"POSTGRESQL\", \"@H\", \"DATABASE_AUTH\", \"@U\", \"§\", \"SAVE_USERNAME\", \"gis\")"),
 ("arcgis_gis_third_positional", "code", "from arcgis.gis import GIS\ngis = GIS(\"https://@H/portal\", \"@U\", \"§\")"),
 ("gsconfig_catalog_third_positional", "code", "from geoserver.catalog import Catalog\ncat = Catalog(\"https://@H/geoserver/rest\", \"@U\", \"§\")"),
 ("owslib_wms_positional_credentials", "code", "from owslib.wms import WebMapService\nwms = WebMapService('https://@H/wms', '1.3.0', None, '@U', '§')"),
 ("qgsdatasourceuri_setconnection_fifth_arg", "code", "uri = QgsDataSourceUri()\nuri.setConnection(\"@H\", \"5432\", \"gis\", \"@U\", \"§\")\nuri.setDataSource(\"public\", \"parcels\", \"geom\")"),
 ("r_sf_st_read_pg_dsn_string", "code", "library(sf)\nparcels <- st_read(\"PG:dbname=gis host=@H user=@U password=§\", query = \"SELECT * FROM parcels\")"),
 ("psycopg2_connect_dsn_positional", "code", "conn = psycopg2.connect(\"dbname=gis host=@H user=@U password=§\")"),
 ("geopandas_read_postgis_con_url", "code", "gdf = gpd.read_postgis(\"SELECT * FROM roads\", \"postgresql://@U:§@@H/gis\", geom_col=\"geom\")"),
 ("powershell_convertto_securestring_plain", "code", "$pw = ConvertTo-SecureString \"§\" -AsPlainText -Force\n$cred = New-Object PSCredential(\"@U\", $pw)"),
 ("java_passwordauthentication_char_array", "code", "return new PasswordAuthentication(\"@U\", \"§\".toCharArray());"),
 ("python_smb_connection_second_positional", "code", "conn = SMBConnection(\"@U\", \"§\", \"fieldlaptop\", \"nas\", use_ntlm_v2=True)"),
 ("ftplib_login_second_positional", "code", "ftp = ftplib.FTP(\"@H\")\nftp.login(\"@U\", \"§\")"),
 ("paramiko_sftp_transport_connect_tuple", "code", "t = paramiko.Transport((\"@H\", 22))\nt.connect(None, \"@U\", \"§\")"),
 ("dotnet_sqlconnection_password_segment", "code", "var cs = \"Server=@H;Database=gis;User Id=@U;Password=§;TrustServerCertificate=True\";"),
 ("node_ldapjs_bind_second_arg", "code", "client.bind('cn=@U,ou=gis,dc=example', '§', err => { if (err) throw err; });"),
 ("go_ftp_conn_login_second_arg", "code", "if err := c.Login(\"@U\", \"§\"); err != nil {\n\tlog.Fatal(err)\n}"),
 # --- windows ---
 ("schtasks_rp_switch", "win", "schtasks /Create /TN \"Nightly ortho sync\" /TR C:\\gis\\sync.bat /SC DAILY /ST 02:00 /RU @U /RP §"),
 ("sc_config_password_equals_space", "win", "sc.exe config ArcGISServer obj= \".\\@U\" password= §"),
 ("psexec_lower_p_flag", "win", "psexec \\\\@H -u @U -p § cmd /c \"C:\\gis\\reindex.bat\""),
 ("runas_netonly_echo_pipe", "win", "echo §| runas /netonly /user:GIS\\@U \"C:\\Program Files\\ArcGIS\\Pro\\bin\\ArcGISPro.exe\""),
 ("winscp_open_sftp_url_userinfo", "win", "winscp.com /command \"open sftp://@U:§@@H/\" \"put C:\\survey\\*.csv /incoming/\" \"exit\""),
 ("reg_add_defaultpassword_data", "win", "reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\" /v DefaultPassword /t REG_SZ /d § /f"),
 # --- protocol ---
 ("ntrip_v1_source_line_password", "proto", "SOURCE § /BASE_QUARRY\r\nSource-Agent: NTRIP ntripserver/1.5\r\n\r\n"),
 ("imap_login_command_third_token", "proto", "a001 LOGIN @U §\r\na001 OK LOGIN completed"),
 ("pop3_pass_command_line", "proto", "+OK POP3 ready\r\nUSER @U\r\n+OK\r\nPASS §\r\n+OK maildrop has 2 messages"),
 ("redis_resp_auth_command_array", "proto", "*3\r\n$4\r\nAUTH\r\n$7\r\ndefault\r\n$SIZE\r\n§\r\n"),
 ("arcgis_generatetoken_form_body", "proto", "POST /portal/sharing/rest/generateToken HTTP/1.1\r\nHost: @H\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nusername=@U&password=§&client=referer&referer=https://@H&f=json"),
 ("arcgis_featureserver_token_query_param", "proto", "GET /server/rest/services/Hydrants/FeatureServer/0/query?where=1%3D1&outFields=*&f=geojson&token=§ HTTP/1.1"),
 ("wfs_transaction_basic_decoded_capture", "proto", "POST /geoserver/wfs HTTP/1.1\r\nHost: @H\r\nAuthorization: Basic (decoded) @U:§\r\nContent-Type: text/xml\r\n\r\n<wfs:Transaction service=\"WFS\" version=\"2.0.0\"/>"),
 ("telnet_login_prompt_exchange", "proto", "Trying @H...\r\nGNSS receiver console\r\nlogin: @U\r\nPassword: §\r\n> get position"),
 ("xmpp_sasl_plain_decoded_fields", "proto", "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'/>\n<!-- decoded: \\0@U\\0§ -->"),
]


def tok(r):
    return rs(r, ALNUM, 40)


def build(reg, seed=8503):
    r = random.Random(seed)
    out = []
    for name, cls, tpl in P:
        token = name in ("nodeodm_token_flag", "arcgis_featureserver_token_query_param")
        v = reg.new(tok if token else owner_pw, r)
        h, u = r.choice(HOSTS), r.choice(USERS)
        t = tpl.replace("@@H", "\ue010").replace("@H", h).replace("\ue010", "@" + h).replace("@U", u).replace("@K", "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))
        t = t.replace("§", SLOT).replace("$SIZE", "$%d" % len(v))
        out.append(("password", name, name + "__" + SUFFIX[cls], t, v))
    return out
