-- orgdb database at revision 0021 from sources 2e46fa8ee19ce2a2: written by `orgdb data build`; do not edit
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE source (
	id INTEGER NOT NULL, 
	"key" VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	publisher VARCHAR, 
	url VARCHAR, 
	published DATE, 
	published_precision VARCHAR NOT NULL, 
	retrieved DATE, 
	retrieved_precision VARCHAR NOT NULL, 
	notes VARCHAR, via VARCHAR, 
	CONSTRAINT pk_source PRIMARY KEY (id), 
	CONSTRAINT ck_source_published_precision CHECK (published_precision IN ('day', 'month', 'year')), 
	CONSTRAINT ck_source_retrieved_precision CHECK (retrieved_precision IN ('day', 'month', 'year')), 
	CONSTRAINT uq_source_key UNIQUE ("key"), 
	CONSTRAINT uq_source_url UNIQUE (url)
);
CREATE TABLE organization (
	id INTEGER NOT NULL, 
	code VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	classification VARCHAR, 
	founded DATE, 
	founded_precision VARCHAR NOT NULL, 
	dissolved DATE, 
	dissolved_precision VARCHAR NOT NULL, 
	headquarters VARCHAR, 
	parent_id INTEGER, 
	curated BOOLEAN NOT NULL, 
	notes VARCHAR, 
	source_id INTEGER, 
	CONSTRAINT pk_organization PRIMARY KEY (id), 
	CONSTRAINT ck_organization_dissolved_precision CHECK (dissolved_precision IN ('day', 'month', 'year')), 
	CONSTRAINT ck_organization_founded_precision CHECK (founded_precision IN ('day', 'month', 'year')), 
	CONSTRAINT ck_organization_founded_before_dissolved CHECK (dissolved IS NULL OR founded IS NULL OR founded <= dissolved), 
	CONSTRAINT fk_organization_parent_id_organization FOREIGN KEY(parent_id) REFERENCES organization (id), 
	CONSTRAINT fk_organization_source_id_source FOREIGN KEY(source_id) REFERENCES source (id), 
	CONSTRAINT uq_organization_code UNIQUE (code)
);
CREATE TABLE state (
	id INTEGER NOT NULL, 
	code VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	alpha2 VARCHAR, 
	alpha3 VARCHAR, 
	cow_code INTEGER, 
	start_date DATE, 
	start_precision VARCHAR NOT NULL, 
	end_date DATE, 
	end_precision VARCHAR NOT NULL, 
	source_id INTEGER, 
	CONSTRAINT pk_state PRIMARY KEY (id), 
	CONSTRAINT ck_state_end_precision CHECK (end_precision IN ('day', 'month', 'year')), 
	CONSTRAINT ck_state_start_precision CHECK (start_precision IN ('day', 'month', 'year')), 
	CONSTRAINT ck_state_start_before_end CHECK (end_date IS NULL OR start_date IS NULL OR start_date <= end_date), 
	CONSTRAINT fk_state_source_id_source FOREIGN KEY(source_id) REFERENCES source (id), 
	CONSTRAINT uq_state_alpha2 UNIQUE (alpha2), 
	CONSTRAINT uq_state_alpha3 UNIQUE (alpha3), 
	CONSTRAINT uq_state_code UNIQUE (code)
);
CREATE TABLE organization_identifier (
	id INTEGER NOT NULL, 
	organization_id INTEGER NOT NULL, 
	scheme VARCHAR NOT NULL, 
	identifier VARCHAR NOT NULL, 
	CONSTRAINT pk_organization_identifier PRIMARY KEY (id), 
	CONSTRAINT fk_organization_identifier_organization_id_organization FOREIGN KEY(organization_id) REFERENCES organization (id) ON DELETE CASCADE, 
	CONSTRAINT uq_organization_identifier_scheme_identifier UNIQUE (scheme, identifier)
);
CREATE TABLE organization_name (
	id INTEGER NOT NULL, 
	organization_id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	lang VARCHAR, 
	CONSTRAINT pk_organization_name PRIMARY KEY (id), 
	CONSTRAINT fk_organization_name_organization_id_organization FOREIGN KEY(organization_id) REFERENCES organization (id) ON DELETE CASCADE, 
	CONSTRAINT uq_organization_name_organization_id_name UNIQUE (organization_id, name)
);
CREATE TABLE person (
	id INTEGER NOT NULL, 
	"key" VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	other_names VARCHAR, 
	nationality_id INTEGER, 
	source_id INTEGER, 
	CONSTRAINT pk_person PRIMARY KEY (id), 
	CONSTRAINT fk_person_nationality_id_state FOREIGN KEY(nationality_id) REFERENCES state (id), 
	CONSTRAINT fk_person_source_id_source FOREIGN KEY(source_id) REFERENCES source (id), 
	CONSTRAINT uq_person_key UNIQUE ("key")
);
CREATE TABLE post (
	id INTEGER NOT NULL, 
	organization_id INTEGER NOT NULL, 
	"key" VARCHAR NOT NULL, 
	label VARCHAR NOT NULL, 
	single_holder BOOLEAN NOT NULL, 
	CONSTRAINT pk_post PRIMARY KEY (id), 
	CONSTRAINT fk_post_organization_id_organization FOREIGN KEY(organization_id) REFERENCES organization (id), 
	CONSTRAINT uq_post_organization_id_key UNIQUE (organization_id, "key")
);
CREATE TABLE state_name (
	id INTEGER NOT NULL, 
	state_id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	lang VARCHAR, 
	CONSTRAINT pk_state_name PRIMARY KEY (id), 
	CONSTRAINT fk_state_name_state_id_state FOREIGN KEY(state_id) REFERENCES state (id) ON DELETE CASCADE, 
	CONSTRAINT uq_state_name_state_id_name UNIQUE (state_id, name)
);
CREATE TABLE treaty (
	id INTEGER NOT NULL, 
	code VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	other_titles VARCHAR, 
	signed DATE, 
	signed_precision VARCHAR NOT NULL, 
	signed_place VARCHAR, 
	in_force DATE, 
	in_force_precision VARCHAR NOT NULL, 
	depositary VARCHAR, 
	organization_id INTEGER, 
	confidence VARCHAR, 
	notes VARCHAR, 
	source_id INTEGER NOT NULL, 
	CONSTRAINT pk_treaty PRIMARY KEY (id), 
	CONSTRAINT ck_treaty_confidence CHECK (confidence IS NULL OR confidence IN ('high', 'medium', 'low')), 
	CONSTRAINT ck_treaty_in_force_precision CHECK (in_force_precision IN ('day', 'month', 'year')), 
	CONSTRAINT ck_treaty_signed_precision CHECK (signed_precision IN ('day', 'month', 'year')), 
	CONSTRAINT ck_treaty_signed_before_in_force CHECK (in_force IS NULL OR signed IS NULL OR signed <= in_force), 
	CONSTRAINT fk_treaty_organization_id_organization FOREIGN KEY(organization_id) REFERENCES organization (id), 
	CONSTRAINT fk_treaty_source_id_source FOREIGN KEY(source_id) REFERENCES source (id), 
	CONSTRAINT uq_treaty_code UNIQUE (code)
);
CREATE TABLE membership_event (
	id INTEGER NOT NULL, 
	membership_id INTEGER NOT NULL, 
	date DATE NOT NULL, 
	date_precision VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	description VARCHAR, 
	confidence VARCHAR, 
	source_id INTEGER NOT NULL, 
	CONSTRAINT pk_membership_event PRIMARY KEY (id), 
	CONSTRAINT ck_membership_event_confidence CHECK (confidence IS NULL OR confidence IN ('high', 'medium', 'low')), 
	CONSTRAINT ck_membership_event_date_precision CHECK (date_precision IN ('day', 'month', 'year')), 
	CONSTRAINT fk_membership_event_membership_id_membership FOREIGN KEY(membership_id) REFERENCES membership (id) ON DELETE CASCADE, 
	CONSTRAINT fk_membership_event_source_id_source FOREIGN KEY(source_id) REFERENCES source (id), 
	CONSTRAINT uq_membership_event_membership_id_date_kind UNIQUE (membership_id, date, kind)
);
CREATE TABLE tenure (
	id INTEGER NOT NULL, 
	post_id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	role VARCHAR, 
	acting BOOLEAN NOT NULL, 
	start_date DATE NOT NULL, 
	start_precision VARCHAR NOT NULL, 
	end_date DATE, 
	end_precision VARCHAR NOT NULL, 
	confidence VARCHAR, 
	notes VARCHAR, 
	source_id INTEGER NOT NULL, 
	CONSTRAINT pk_tenure PRIMARY KEY (id), 
	CONSTRAINT ck_tenure_confidence CHECK (confidence IS NULL OR confidence IN ('high', 'medium', 'low')), 
	CONSTRAINT ck_tenure_end_precision CHECK (end_precision IN ('day', 'month', 'year')), 
	CONSTRAINT ck_tenure_start_precision CHECK (start_precision IN ('day', 'month', 'year')), 
	CONSTRAINT ck_tenure_start_before_end CHECK (end_date IS NULL OR start_date IS NULL OR start_date <= end_date), 
	CONSTRAINT fk_tenure_person_id_person FOREIGN KEY(person_id) REFERENCES person (id), 
	CONSTRAINT fk_tenure_post_id_post FOREIGN KEY(post_id) REFERENCES post (id), 
	CONSTRAINT fk_tenure_source_id_source FOREIGN KEY(source_id) REFERENCES source (id), 
	CONSTRAINT uq_tenure_post_id_person_id_start_date UNIQUE (post_id, person_id, start_date)
);
CREATE TABLE cow_igo (
	id INTEGER NOT NULL, 
	ioname VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	organization_id INTEGER, 
	owned BOOLEAN NOT NULL, 
	digest VARCHAR NOT NULL, 
	CONSTRAINT pk_cow_igo PRIMARY KEY (id), 
	CONSTRAINT fk_cow_igo_organization_id_organization FOREIGN KEY(organization_id) REFERENCES organization (id) ON DELETE SET NULL, 
	CONSTRAINT uq_cow_igo_ioname UNIQUE (ioname), 
	CONSTRAINT uq_cow_igo_organization_id UNIQUE (organization_id), 
	CONSTRAINT uq_cow_igo_position UNIQUE (position)
);
CREATE TABLE cow_state (
	id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	ccode INTEGER NOT NULL, 
	stateabb VARCHAR NOT NULL, 
	statenme VARCHAR NOT NULL, 
	state_id INTEGER, 
	CONSTRAINT pk_cow_state PRIMARY KEY (id), 
	CONSTRAINT fk_cow_state_state_id_state FOREIGN KEY(state_id) REFERENCES state (id) ON DELETE SET NULL, 
	CONSTRAINT uq_cow_state_name UNIQUE (name), 
	CONSTRAINT uq_cow_state_position UNIQUE (position), 
	CONSTRAINT uq_cow_state_state_id UNIQUE (state_id)
);
CREATE TABLE cow_cell_run (
	id INTEGER NOT NULL, 
	igo_id INTEGER NOT NULL, 
	cow_state_id INTEGER NOT NULL, 
	first_year INTEGER NOT NULL, 
	last_year INTEGER NOT NULL, 
	value VARCHAR NOT NULL, 
	CONSTRAINT pk_cow_cell_run PRIMARY KEY (id), 
	CONSTRAINT ck_cow_cell_run_first_year_before_last_year CHECK (first_year <= last_year), 
	CONSTRAINT fk_cow_cell_run_cow_state_id_cow_state FOREIGN KEY(cow_state_id) REFERENCES cow_state (id) ON DELETE CASCADE, 
	CONSTRAINT fk_cow_cell_run_igo_id_cow_igo FOREIGN KEY(igo_id) REFERENCES cow_igo (id) ON DELETE CASCADE, 
	CONSTRAINT uq_cow_cell_run_igo_id_cow_state_id_first_year UNIQUE (igo_id, cow_state_id, first_year)
);
CREATE TABLE cow_span (
	id INTEGER NOT NULL, 
	igo_id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	first_year INTEGER NOT NULL, 
	last_year INTEGER NOT NULL, 
	orgname VARCHAR NOT NULL, 
	sdate VARCHAR NOT NULL, 
	deaddate VARCHAR NOT NULL, 
	dead VARCHAR NOT NULL, 
	integrated VARCHAR NOT NULL, 
	replaced VARCHAR NOT NULL, 
	longorgname VARCHAR NOT NULL, 
	ionum VARCHAR NOT NULL, 
	igocode VARCHAR NOT NULL, 
	version VARCHAR NOT NULL, 
	accuracyofpre1965membershipdates VARCHAR NOT NULL, 
	sourcesandnotes VARCHAR NOT NULL, 
	imputed VARCHAR NOT NULL, 
	political VARCHAR NOT NULL, 
	social VARCHAR NOT NULL, 
	economic VARCHAR NOT NULL, 
	CONSTRAINT pk_cow_span PRIMARY KEY (id), 
	CONSTRAINT ck_cow_span_first_year_before_last_year CHECK (first_year <= last_year), 
	CONSTRAINT fk_cow_span_igo_id_cow_igo FOREIGN KEY(igo_id) REFERENCES cow_igo (id) ON DELETE CASCADE, 
	CONSTRAINT uq_cow_span_igo_id_seq UNIQUE (igo_id, seq)
);
CREATE TABLE organization_event (
	id INTEGER NOT NULL, 
	organization_id INTEGER NOT NULL, 
	state_id INTEGER, 
	date DATE NOT NULL, 
	date_precision VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	description VARCHAR, 
	confidence VARCHAR, 
	source_id INTEGER NOT NULL, 
	CONSTRAINT pk_organization_event PRIMARY KEY (id), 
	CONSTRAINT ck_organization_event_confidence CHECK (confidence IS NULL OR confidence IN ('high', 'medium', 'low')), 
	CONSTRAINT ck_organization_event_date_precision CHECK (date_precision IN ('day', 'month', 'year')), 
	CONSTRAINT fk_organization_event_organization_id_organization FOREIGN KEY(organization_id) REFERENCES organization (id), 
	CONSTRAINT fk_organization_event_source_id_source FOREIGN KEY(source_id) REFERENCES source (id), 
	CONSTRAINT fk_organization_event_state_id_state FOREIGN KEY(state_id) REFERENCES state (id), 
	CONSTRAINT uq_organization_event_organization_id_date_kind_state_id UNIQUE (organization_id, date, kind, state_id)
);
CREATE TABLE "treaty_action" (
	id INTEGER NOT NULL, 
	treaty_id INTEGER NOT NULL, 
	state_id INTEGER NOT NULL, 
	action VARCHAR NOT NULL, 
	date DATE NOT NULL, 
	date_precision VARCHAR NOT NULL, 
	confidence VARCHAR, 
	notes VARCHAR, 
	source_id INTEGER NOT NULL, 
	CONSTRAINT pk_treaty_action PRIMARY KEY (id), 
	CONSTRAINT fk_treaty_action_state_id_state FOREIGN KEY(state_id) REFERENCES state (id), 
	CONSTRAINT fk_treaty_action_treaty_id_treaty FOREIGN KEY(treaty_id) REFERENCES treaty (id), 
	CONSTRAINT uq_treaty_action_treaty_id_state_id_action_date UNIQUE (treaty_id, state_id, action, date), 
	CONSTRAINT ck_treaty_action_date_precision CHECK (date_precision IN ('day', 'month', 'year')), 
	CONSTRAINT ck_treaty_action_confidence CHECK (confidence IS NULL OR confidence IN ('high', 'medium', 'low')), 
	CONSTRAINT fk_treaty_action_source_id_source FOREIGN KEY(source_id) REFERENCES source (id), 
	CONSTRAINT ck_treaty_action_action CHECK (action IN ('signature', 'ratification', 'accession', 'succession', 'acceptance', 'approval', 'deposit', 'entry_into_force', 'withdrawal', 'denunciation', 'depositary'))
);
CREATE TABLE "membership" (
	id INTEGER NOT NULL, 
	organization_id INTEGER NOT NULL, 
	state_id INTEGER, 
	status VARCHAR NOT NULL, 
	start_date DATE NOT NULL, 
	start_precision VARCHAR NOT NULL, 
	end_date DATE, 
	end_precision VARCHAR NOT NULL, 
	end_reason VARCHAR, 
	confidence VARCHAR, 
	notes VARCHAR, 
	source_id INTEGER NOT NULL, 
	observed_until DATE, 
	member_organization_id INTEGER, 
	CONSTRAINT pk_membership PRIMARY KEY (id), 
	CONSTRAINT ck_membership_end_precision CHECK (end_precision IN ('day', 'month', 'year')), 
	CONSTRAINT ck_membership_start_precision CHECK (start_precision IN ('day', 'month', 'year')), 
	CONSTRAINT uq_membership_organization_id_state_id_status_start_date UNIQUE (organization_id, state_id, status, start_date), 
	CONSTRAINT fk_membership_state_id_state FOREIGN KEY(state_id) REFERENCES state (id), 
	CONSTRAINT ck_membership_start_before_end CHECK (end_date IS NULL OR start_date IS NULL OR start_date <= end_date), 
	CONSTRAINT fk_membership_organization_id_organization FOREIGN KEY(organization_id) REFERENCES organization (id), 
	CONSTRAINT ck_membership_confidence CHECK (confidence IS NULL OR confidence IN ('high', 'medium', 'low')), 
	CONSTRAINT fk_membership_source_id_source FOREIGN KEY(source_id) REFERENCES source (id), 
	CONSTRAINT fk_membership_member_organization_id_organization FOREIGN KEY(member_organization_id) REFERENCES organization (id), 
	CONSTRAINT uq_membership_member_organization UNIQUE (organization_id, member_organization_id, status, start_date), 
	CONSTRAINT ck_membership_one_member CHECK ((state_id IS NULL) <> (member_organization_id IS NULL)), 
	CONSTRAINT ck_membership_status CHECK (status IN ('member', 'associate', 'observer', 'partner', 'dialogue partner', 'participant', 'suspended')), 
	CONSTRAINT ck_membership_end_reason CHECK (end_reason IS NULL OR end_reason IN ('withdrew', 'suspended', 'expelled', 'dissolved', 'expired', 'succeeded', 'merged'))
);
CREATE TABLE organization_succession (
	id INTEGER NOT NULL, 
	predecessor_id INTEGER NOT NULL, 
	successor_id INTEGER NOT NULL, 
	date DATE, 
	date_precision VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	notes VARCHAR, 
	source_id INTEGER NOT NULL, 
	CONSTRAINT pk_organization_succession PRIMARY KEY (id), 
	CONSTRAINT ck_organization_succession_two_organizations CHECK (predecessor_id <> successor_id), 
	CONSTRAINT ck_organization_succession_date_precision CHECK (date_precision IN ('day', 'month', 'year')), 
	CONSTRAINT fk_organization_succession_predecessor_id_organization FOREIGN KEY(predecessor_id) REFERENCES organization (id), 
	CONSTRAINT fk_organization_succession_successor_id_organization FOREIGN KEY(successor_id) REFERENCES organization (id), 
	CONSTRAINT fk_organization_succession_source_id_source FOREIGN KEY(source_id) REFERENCES source (id), 
	CONSTRAINT uq_organization_succession_predecessor_id_successor_id UNIQUE (predecessor_id, successor_id)
);
CREATE TABLE state_succession (
	id INTEGER NOT NULL, 
	predecessor_id INTEGER NOT NULL, 
	successor_id INTEGER NOT NULL, 
	date DATE, 
	date_precision VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	notes VARCHAR, 
	source_id INTEGER NOT NULL, 
	CONSTRAINT pk_state_succession PRIMARY KEY (id), 
	CONSTRAINT ck_state_succession_two_states CHECK (predecessor_id <> successor_id), 
	CONSTRAINT ck_state_succession_date_precision CHECK (date_precision IN ('day', 'month', 'year')), 
	CONSTRAINT fk_state_succession_predecessor_id_state FOREIGN KEY(predecessor_id) REFERENCES state (id), 
	CONSTRAINT fk_state_succession_successor_id_state FOREIGN KEY(successor_id) REFERENCES state (id), 
	CONSTRAINT fk_state_succession_source_id_source FOREIGN KEY(source_id) REFERENCES source (id), 
	CONSTRAINT uq_state_succession_predecessor_id_successor_id UNIQUE (predecessor_id, successor_id)
);
INSERT INTO "alembic_version" VALUES('0021');
INSERT INTO "source" VALUES(1,'article-2011','Belarus distorts collective security idea – Kremlin','Windows to Russia','https://news.windowstorussia.com/belarus-distorts-collective-security-idea-%E2%80%93-kremlin.html','2011-01-01','year','2026-11-28','day','2011 news article quoting an Izvestia interview with CSTO Secretary General Nikolay Bordyuzha; names the CSTO''s seven member states at the time (Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan), its Secretary General and the Collective Rapid Reaction Force. Published in 2011, exact day unknown.',NULL);
INSERT INTO "source" VALUES(3,'kremlin-3506','Charter of the Collective Security Treaty Organization','President of Russia (kremlin.ru)','http://en.special.kremlin.ru/supplement/3506','2002-10-07','day','2026-11-28','day','The Charter''s text on the official site''s accessible version; the page header shows ''October 6, 2002'' while the text says signed ''on October 7, 2002 in Chisinau'' by the six presidents. It gives the signatures, not the entry into force.',NULL);
INSERT INTO "source" VALUES(6,'tass-678014','CSTO confirms getting note from Uzbekistan on suspension of membership','ITAR-TASS','http://tass.com/archive/678014','2012-06-28','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(11,'jamestown-cst-shrinks','Collective Security Treaty Shrinks, GUAM Set to Grow (Monitor, Volume 5, Issue 79)','Jamestown Foundation (Monitor)','https://jamestown.org/program/collective-security-treaty-shrinks-guam-set-to-grow','1999-04-01','month','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(12,'tass-687141','CSTO leaders suspend Uzbekistan''s membership','ITAR-TASS','http://tass.com/russia/687141','2012-12-19','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(13,'republika-m6gdmh','Uzbekistan Keluar dari Keanggotaan CSTO','Republika (REPUBLIKA.CO.ID), relaying Xinhua via Antara','https://www.republika.co.id/berita/m6gdmh/uzbekistan-keluar-dari-keanggotaan-csto','2012-07-01','day','2026-11-28','day',NULL,'https://fbeta.republika.co.id/berita/m6gdmh/uzbekistan-keluar-dari-keanggotaan-csto');
INSERT INTO "source" VALUES(17,'belta-126273','CSTO leaders extend greetings to new CSTO Secretary General','BelTA (Belarusian Telegraph Agency)','https://eng.belta.by/politics/view/csto-leaders-extend-greetings-to-new-csto-secretary-general-126273-2019','2019-11-28','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(18,'belta-de-62878','Tasmagambetow ist ab dem 1. Januar 2023 zum OVKS-Generalsekretär ernannt','BelTA (Belarusian Telegraph Agency), German service','https://deu.belta.by/politics/view/tasmagambetow-ist-ab-dem-1-januar-2023-zum-ovks-generalsekretar-ernannt-62878-2022/','2022-11-23','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(22,'rferl-32938561','Armenia stops financing CSTO','Radio Free Europe/Radio Liberty','https://www.rferl.org/a/armenia-csto-budget-russia-pashinian-putin/32938561.html','2024-05-08','day','2026-11-28','day','Headline not visible in the stored copy; the title describes the report: ''Armenia said on May 8 that it has stopped making financial contributions'', quoting MFA spokeswoman Ani Badalian.','https://rferl.org/amp/armenia-csto-budget-russia-pashinian-putin/32938561.html');
INSERT INTO "source" VALUES(23,'hurriyet-197419','Armenian plans to leave key security alliance','Hürriyet Daily News (AP)','https://www.hurriyetdailynews.com/armenian-plans-to-leave-key-security-alliance-197419','2024-06-13','day','2026-11-28','day',NULL,'https://hurriyetdailynews.com/amp/armenian-plans-to-leave-key-security-alliance-197419');
INSERT INTO "source" VALUES(26,'ocmedia-armenia-csto','Russia says Armenia will not be kicked out of the CSTO','OC Media','https://oc-media.org/russia-says-armenia-will-not-be-kicked-out-of-the-ctso/','2025-03-10','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(33,'nato-gov-si-2004-03-29','Welcome Ceremony for New Member States, 29 March 2004, Washington','Government of Slovenia (Government PR & Media Office, MFA and MoD joint NATO website)','http://nato.gov.si/eng/events/2004-03-29-washington/','2004-03-29','day','2026-11-28','day','''Chief[s] of [government] of Slovenia, Estonia, Lithuania, Latvia, Bulgaria, Romania and Slovakia have deposited their North Atlantic Treaty ratification documents on 29 March 2004, thereby officially becoming members''.',NULL);
INSERT INTO "source" VALUES(37,'netherlands-embassy-437','Mr. Jaap de Hoop Scheffer appointed as Secretary General of NATO','Netherlands Ministry of Foreign Affairs (posted by the Netherlands Embassy in Canada)','http://netherlandsembassy.ca/?p=437','2003-09-01','month','2026-11-28','day','Lord Robertson ''on 1 January 2004, will pass on the reins''.',NULL);
INSERT INTO "source" VALUES(38,'nato-113343','Anders Fogh Rasmussen says good-bye to North Atlantic Council and NATO staff','NATO','https://www.nato.int/cps/en/natohq/news_113343.htm','2014-09-26','day','2026-11-28','day','''will officially step down ... at the end of this month''; ''He took up office on 1 August 2009''.',NULL);
INSERT INTO "source" VALUES(39,'nato-113404','Jens Stoltenberg takes up office as NATO Secretary General','NATO','https://www.nato.int/cps/en/natohq/news_113404.htm','2014-10-01','day','2026-11-28','day','''took up his post as NATO Secretary General on Wednesday (1 October 2014)''; ''Mr. Fogh Rasmussen''s term expired on Tuesday'' (= 2014-09-30).',NULL);
INSERT INTO "source" VALUES(41,'panarmenian-27321','Georgia to quit CIS August 18, 2009','PanARMENIAN.Net','https://www.panarmenian.net/eng/world/news/27321/','2008-10-23','day','2026-11-28','day','Date 23.10.2008 12:30 GMT+04:00 per the repost at armeniandiaspora.com (forum copy). Quotes Nauryz Aydarov, deputy chairman of the CIS Executive Committee.',NULL);
INSERT INTO "source" VALUES(42,'tass-2074299','Moldova’s withdrawal from CIS to take more than one year','TASS','https://tass.com/world/2074299','2026-01-20','day','2026-11-28','day',NULL,'https://tass.com/world/2074299/amp');
INSERT INTO "source" VALUES(43,'wikipedia-cis-member-states','Member states of the Commonwealth of Independent States','Wikipedia (English)','https://en.wikipedia.org/wiki/Member_states_of_the_Commonwealth_of_Independent_States',NULL,'day','2026-11-28','day','Undated: an encyclopedia article, read through a mirror of an old revision (via). Cited only where no original was found, for the dates in its table of signature, ratification of the Agreement and ''Charter ratified''; where checked (Moldova: ratified 1994-04-26, in force for it 1994-06-27 per its state register) the last column gives the deposit or entry-into-force day, not the ratification. Every fact resting on it has confidence low.','https://en-academic.com/dic.nsf/enwiki/11724396');
INSERT INTO "source" VALUES(44,'civil-ge-119287','Georgia Finalizes Quitting CIS','Civil Georgia (civil.ge)','https://civil.ge/archives/119287','2009-08-18','day','2026-11-28','day','Publication day not shown in the excerpt; the article reports the exit ''on August 18'' (2009) as just finalized. Precision of the publication date: month (2009-08).',NULL);
INSERT INTO "source" VALUES(45,'gorki-gov-by-478','Грузия официально уведомила Исполком СНГ о выходе из Содружества','BelTA (Belarusian Telegraph Agency)','http://gorki.gov.by/news/respublik/478-1.html','2008-08-19','day','2026-11-28','day','BelTA''s report datelined ''19 августа, Минск /Корр. БЕЛТА/''; its own address was not found, so it is read through the copy on the Gorki district executive committee''s site (via). The Georgian foreign ministry''s note of 2008-08-18 notified the CIS Executive Committee of the parliament''s decisions of 2008-08-14; the Executive Committee confirmed receiving it.','http://gorki.gov.by/news/respublik/478-1.html');
INSERT INTO "source" VALUES(47,'ria-41237040','Туркменистан объявил о своем ассоциированном членстве в СНГ','RIA Novosti','https://ria.ru/20050827/41237040.html','2005-08-27','day','2026-11-28','day','Headline not visible in excerpt; title paraphrased. Datelined Kazan, 27 Aug.',NULL);
INSERT INTO "source" VALUES(48,'tass-1005227','Poroshenko signs decree recalling Ukrainian representatives from CIS statutory bodies','TASS','https://tass.com/world/1005227','2018-05-19','day','2026-11-28','day','Headline not visible in the copy read; the title describes the report: ''Ukrainian President Pyotr Poroshenko announced on Saturday he had signed a decree on recalling Ukrainian representatives from all the CIS statutory bodies.'' Background: Ukraine ratified the Agreement and its Protocol in December 1991 but never the Charter, so it never became a member de jure.',NULL);
INSERT INTO "source" VALUES(50,'zdg-12027','Moldovan parliament votes to denounce the Convention on the CIS Inter-Parliamentary Assembly','Ziarul de Gardă','https://zdg.md/en/?p=12027','2023-07-01','month','2026-11-28','day','Ziarul de Gardă''s English item; the headline was not visible in the copy read, so the title describes it. Date of the vote, 2023-07-07, as the project first recorded it; the month is certain (TASS via Free Russia Forum, 2023-07-21: the Convention of 1995 ''was denounced'').',NULL);
INSERT INTO "source" VALUES(51,'tass-2073381','Moldova begins denouncing the CIS''s basic agreements, intends to withdraw','TASS','https://tass.com/world/2073381','2026-01-19','day','2026-11-28','day','Headline not visible in the copy read; the title describes the report: ''Moldova has begun the procedure of denouncing three key agreements ... the CIS Charter, the agreement on the establishment of the CIS, and relevant supplements'' (Foreign Minister Mihai Popșoi on Radio Moldova).',NULL);
INSERT INTO "source" VALUES(53,'iso-3166-1-2020','ISO 3166-1:2020 Codes for the representation of names of countries and their subdivisions — Part 1: Country code','International Organization for Standardization (ISO), ISO/TC 46','https://www.iso.org/standard/72482.html','2020-08-01','month','2026-11-28','day','Fourth edition, 2020-08 (the standard''s own title page). The code list itself is kept by the ISO 3166 Maintenance Agency in ISO''s Online Browsing Platform (https://www.iso.org/obp/ui/#search); orgdb also checks every code against the pycountry package''s copy of ISO 3166-1 and ISO 3166-3. Earlier cited through the GitHub copy lukes/ISO-3166-Countries-with-Regional-Codes (all/all.csv).','https://1library.net/document/y6je6lp5-iteh-standard-preview.html');
INSERT INTO "source" VALUES(54,'mfa-tj-csto','Tajikistan and Collective Security Treaty Organization','Ministry of Foreign Affairs of the Republic of Tajikistan','https://www.mfa.tj/en/main/view/147/tajikistan-and-collective-security-treaty-organization','2013-03-01','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(55,'cst-text-odkb','Treaty on Collective Security (Tashkent, 15 May 1992)','Collective Security Treaty Organization (old official site odkb.gov.ru, English text)','http://www.odkb.gov.ru/b/azbengl.htm','1992-05-15','day','2026-11-28','day','Treaty text. Current official text as amended 2010: https://en.odkb-csto.org/documents/documents/dogovor_o_kollektivnoy_bezopasnosti/ (page dated 23.04.2012). UN registration no. 32307 (per Gibler, below).',NULL);
INSERT INTO "source" VALUES(56,'protocol-1999-text','Протокол о продлении Договора о коллективной безопасности от 15 мая 1992 года (Москва, 2 апреля 1999 года)','States parties to the Collective Security Treaty (treaty text)',NULL,'1999-04-02','day','2026-11-28','day','Text read only on pavlodar.com (unofficial Kazakh legal-text site); no stored copy of an official page with this protocol was found.','https://pavlodar.com/zakon/index.html?dok=03122&oraz=00&noraz=0');
INSERT INTO "source" VALUES(57,'protocol-2010-cst-amend','Протокол о внесении изменений в Договор о коллективной безопасности от 15 мая 1992 года (Москва, 10 декабря 2010 года)','CSTO member states (treaty text)',NULL,'2010-12-10','day','2026-11-28','day','Preamble states the entry-into-force dates of the 1992 Treaty and of the 1999 Protocol. The address in the official Kazakh legal database (adilet.zan.kz) was not found. zakonpravo.kz (unofficial) adds: ''Entered into force on December 19, 2012 - Bulletin of International Treaties of the Republic of Kazakhstan 2013, No. 1, art. 10''. mmih.tj is the Tajik Ministry of Justice''s legal-information database (official). Other copies: https://zakonpravo.kz/en/on-ratification-of-the-protocol-on-amendments-to-the-collective-security-treaty-of-may-15-1992; Tajik text https://mmih.tj/Search/DocumentView?DocumentId=116753','http://consultant.parus.ua/?abz=CP9W6&doc=07X5CE33EF');
INSERT INTO "source" VALUES(58,'kz-res-1810-cst','Постановление Верховного Совета Республики Казахстан от 23 декабря 1992 г. № 1810-XII о ратификации Договора о коллективной безопасности','Supreme Council of the Republic of Kazakhstan',NULL,'1992-12-23','day','2026-11-28','day','Read only as the ratification note on the Treaty text in the Paragraph (PRG) legal database: ''Ратифицирован Республикой Казахстан в соответствии с постановлением Верховного Совета Республики Казахстан от 23 декабря 1992 г. № 1810-XII''. The resolution''s own title is not given there; this title names the act.','https://prg-online-web.prgapp.kz/accountant/document/?doc_id=31091650');
INSERT INTO "source" VALUES(59,'gibler-alliances','International Military Alliances, 1648-2008 - entry 4.1442 Treaty on Collective Security','CQ Press (Douglas M. Gibler)',NULL,'2009-01-01','year','2026-11-28','day','Scholarly reference work (Correlates of War alliance data), Washington DC: CQ Press; read through a document-sharing copy of p. ~599. Cites United Nations Treaty no. 32307. The copy''s OCR of the member list is garbled.','https://issuhub.com/view/index/23326?pageIndex=599');
INSERT INTO "source" VALUES(60,'ru-fz-56-charter','Федеральный закон от 26 мая 2003 г. N 56-ФЗ «О ратификации Устава Организации Договора о коллективной безопасности»','Russian Federation (federal law)',NULL,'2003-05-26','day','2026-11-28','day','Read only as the ratification mark on the Charter text in the Kodeks/cntd legal database (''Ратифицирован Федеральным законом РФ от 26 мая 2003 года N 56-ФЗ''); the law''s address on the official portal pravo.gov.ru was not found. cntd also notes the 2010 amending protocol and two protocols of 8 November 2018 (in force 19 January 2021).','https://docs.cntd.ru/document/901868280');
INSERT INTO "source" VALUES(61,'kz-law-447-charter','О ратификации Устава Организации Договора о коллективной безопасности (Закон Республики Казахстан от 1 июля 2003 года № 447)','Republic of Kazakhstan (law; published with the Charter text in the Bulletin of International Treaties of the Republic of Kazakhstan, 2004, No. 8, art. 46)',NULL,'2003-07-01','day','2026-11-28','day','The law''s address in the official Kazakh legal database (adilet.zan.kz) was not found. Text read only through zakonpravo.kz, an unofficial legal portal, in English translation.','http://www.zakonpravo.kz/en/on-the-ratification-of-the-charter-of-the-collective-security-treaty-organization');
INSERT INTO "source" VALUES(62,'kz-law-251-crrf','О ратификации Соглашения о Коллективных силах оперативного реагирования Организации Договора о коллективной безопасности (Закон Республики Казахстан от 17 февраля 2010 года № 251-IV)','Republic of Kazakhstan (law; agreement published in Bulletin of International Treaties of the Republic of Kazakhstan, 2010, No. 6, art. 65)',NULL,'2010-02-17','day','2026-11-28','day','The law''s address in the official Kazakh legal database (adilet.zan.kz) was not found. Copy gives the agreement text with the note ''(Entered into force on September 10, 2010)'' and its preamble citing the CSC decision ''On the Collective Rapid Reaction Forces'' of February 4, 2009.','https://zakonpravo.kz/en/zakony/zakon-o-ratifikatsii-soglasheniya-o-kollektivnyh-silah-operativnogo-reagirovaniya-organizatsii-dogovora-o-kollektivnoy-bezopasnosti');
INSERT INTO "source" VALUES(63,'irin-2003-04-29','Regional summit ends','IRIN (UN Office for the Coordination of Humanitarian Affairs news service; now The New Humanitarian)','https://www.thenewhumanitarian.org/news/2003/04/29/regional-summit-ends','2003-04-29','day','2026-11-28','day','''A one-day summit ... concluded in the Tajik capital, Dushanbe, on Monday ... The summit named Nikolai Bordiuzha ... secretary-general of the organisation.''',NULL);
INSERT INTO "source" VALUES(64,'sputnik-am-2017-01-01','Бордюжа ушел, исполнять обязанности генсека ОДКБ будет Семериков','Sputnik Armenia','https://ru.armeniasputnik.am/world/20170101/5983284/bordyuzha-ushel-ispolnyat-obyazannosti-genseka-odkb-budet-semerikov.html','2017-01-01','day','2026-11-28','day','Quotes the CSTO''s official-site statement verbatim. State-owned Russian outlet. Same statement reported by RIA Novosti (via https://novosti-dny.su/mir/rossiya/armeniya/141819-bordyuzhu-na-dolzhnosti-genseka-odkb-smenil-semerikov-novosti-armenii.html) and by the CSTO press secretary Vladimir Zainetdinov (via https://by.vesti.news/naznachen-ispolnyaustcii-obyazannosti-genseka-odkb-17010318252677.htm, citing vsr.mil.by).',NULL);
INSERT INTO "source" VALUES(65,'sputnik-am-2017-04-14','Юрий Хачатуров стал новым генсеком ОДКБ','Sputnik Armenia','https://am.sputniknews.ru/20170414/yurij-hachaturov-stal-novym-gensekom-odkb-7016390.html','2017-04-14','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(66,'tass-2018-11-02','Post-Soviet security bloc to discuss appointment of new secretary general at Astana summit','TASS',NULL,'2018-11-02','day','2026-11-28','day','TASS English item reposted in full by armenianclub.com (a repost blog); original tass.com URL unknown.','https://armenianclub.com/2018/11/03/post-soviet-security-bloc-to-discuss-appointment-of-new-secretary-general-at-astana-summit');
INSERT INTO "source" VALUES(67,'trend-4122760','CSTO appoints Taalatbek Masadykov as new Secretary General','Trend News Agency','https://www.trend.az/casia/kyrgyzstan/4122760.html','2025-11-27','day','2026-11-28','day','Headline paraphrased (not visible in excerpt). ''Trend reports via CSTO''.',NULL);
INSERT INTO "source" VALUES(68,'tass-1710501','PREVIEW: CSTO leaders to gather in Minsk without Armenian PM','TASS','http://tass.com/politics/1710501','2023-11-23','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(69,'novaya-2024-02-23','Armenia suspends participation in Russian-led Collective Security Treaty Organisation','Novaya Gazeta Europe','https://novayagazeta.eu/articles/2024/02/23/armenia-suspends-participation-in-russian-led-collective-security-treaty-organisation-en-news','2024-02-23','day','2026-11-28','day','''Pashinyan told French television channel France 24 on Thursday'' (= 2024-02-22); RIA Novosti: CSTO Secretariat had received no notification.',NULL);
INSERT INTO "source" VALUES(70,'rbcua-2024-09-01-frozen-all-levels','Armenia frozen participation in CSTO at all levels - Armenian PM','RBC-Ukraine (newsukraine.rbc.ua, English edition)','https://newsukraine.rbc.ua/news/armenia-frozen-participation-in-csto-at-all-1725202816.html','2024-09-01','day','2026-11-28','day','Publication date derived from the Unix timestamp in the URL (1725202816 = 2024-09-01 15:00:16 UTC); the page''s own date line was not visible in the excerpt. RBC-Ukraine is a Ukrainian news outlet (secondary to the Armenian government''s own transcript, which was not found). Supports a record dated 2024-08-31 (the Saturday before) only by inference.',NULL);
INSERT INTO "source" VALUES(71,'meduza-2024-12-04','Armenia considers itself ''outside of'' Russian-led CSTO military alliance, prime minister says','Meduza (citing Russian state media)','https://meduza.io/en/news/2024/12/04/armenia-considers-itself-outside-of-russian-led-csto-military-alliance-prime-minister-says','2024-12-04','day','2026-11-28','day',NULL,'https://meduza.io/amp/en/news/2024/12/04/armenia-considers-itself-outside-of-russian-led-csto-military-alliance-prime-minister-says');
INSERT INTO "source" VALUES(72,'rferl-33340038','Yerevan Warned To Pay CSTO Membership Fees','RFE/RL Armenian Service (Azatutyun)','https://www.azatutyun.am/a/33340038.html','2025-03-07','day','2026-11-28','day','Read through a CMS preview copy; azatutyun URL built from the same article id 33340038 (RFE/RL''s standard scheme). ''a senior Russian diplomat warned on Friday'' = 7 March 2025 (Pankin interview to RIA published 7 March per EADaily/OC Media).','https://rfe.pangea-cms.com/preview/hy-AM/a/33340038.html');
INSERT INTO "source" VALUES(73,'rbc-2025-11-26','В МИД Армении заявили, что сейчас нет повестки выхода из ОДКБ','RBC (citing Interfax)','https://www.rbc.ru/rbcfreenews/6926be829a794793b56be2ba','2025-11-26','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(74,'europediplomatic-2025-11-27','Russia offers to re-arm CSTO','Europe Diplomatic','https://europediplomatic.com/2025/11/27/russia-offers-to-re-arm-csto','2025-11-27','day','2026-11-28','day','Reports Ushakov''s confirmation that Armenia would not attend the Bishkek CSC session but does not object to the adoption of the documents.',NULL);
INSERT INTO "source" VALUES(75,'rferl-1072794','CSTO Grouping Creates Parliamentary Assembly','Radio Free Europe/Radio Liberty','https://www.rferl.org/a/1072794.html','2006-11-16','day','2026-11-28','day',NULL,'https://www.rferl.org/amp/1072794.html');
INSERT INTO "source" VALUES(76,'tass-1545551','Volodin discusses agenda of CSTO Parliamentary Assembly session with heads of delegations','TASS','https://tass.com/politics/1545551','2022-12-04','day','2026-11-28','day','Headline not visible in the stored excerpt; the title describes the item. ''The lower houses of Serbia''s and Afghanistan''s parliaments, and the Parliamentary Assembly of the Union State of Russia and Belarus were granted an observer status in the CSTO Parliamentary Assembly in 2013.''',NULL);
INSERT INTO "source" VALUES(77,'parlament-rs-2025-05-26','National Assembly Delegation at CSTO PA Council Session','National Assembly of the Republic of Serbia','http://www.parlament.gov.rs/National_Assembly_Delegation_at_CSTO_PA_Council_Session.51171.537.html','2025-05-26','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(78,'charter97-2009-10-20','Belarusian dictator signed documents about CSTO punitive forces','Charter97 (citing Interfax-AVN)','https://charter97.org/en/news/2009/10/20/22952/','2009-10-20','day','2026-11-28','day','Opposition news site; relays the Interfax-AVN report of a CSTO Secretariat representative ''on Tuesday'' (2009-10-20). Headline is partisan; facts taken only from the quoted Secretariat statement.',NULL);
INSERT INTO "source" VALUES(79,'ria-2009-10-20-belarus-crrf','Lukashenko signs Belarus up to post-Soviet rapid reaction force','RIA Novosti',NULL,'2009-10-20','day','2026-11-28','day','RIA Novosti English item reprinted by data.minsk.by; the reprint dateline reads ''MOSCOW, October (RIA Novosti)'' and says the CSTO secretariat announced it ''on Tuesday''; the Tuesday is 20 October 2009 per the Interfax-AVN report relayed by Charter97 on 2009-10-20. Original RIA URL unknown.','http://data.minsk.by/belarusnews/102009/112.html');
INSERT INTO "source" VALUES(80,'kremlin-9921','Law on ratification of agreement on CSTO''s Collective Rapid Reaction Force','President of Russia (kremlin.ru)','http://en.special.kremlin.ru/catalog/keywords/18/events/9921','2010-12-27','day','2026-11-28','day','Accessibility (''special'') version of the official kremlin.ru site (same publisher, not a mirror).',NULL);
INSERT INTO "source" VALUES(81,'ria-2008-03-28','Узбекистан восстанавливает членство в ОДКБ','RIA Novosti (as reprinted)',NULL,'2008-03-28','day','2026-11-28','day','RIA Novosti report reprinted (with dateline 28.03.2008 15:42) by narodinfo.ru; original RIA URL unknown.','http://narodinfo.ru/news/print/46314.html');
INSERT INTO "source" VALUES(82,'themoscowtimes-2012-06-28','Uzbekistan Exits Collective Security Treaty Organization','The Moscow Times','https://www.themoscowtimes.com/2012/06/28/uzbekistan-exits-collective-security-treaty-organization-a15862','2012-06-28','day','2026-11-28','day','''A note ... was sent to the CSTO Secretariat on June 20, according to the Uzbek Foreign Ministry''s Zhakhon news agency.'' Found by the source repair of 2026-11-28; read in the stored page.',NULL);
INSERT INTO "source" VALUES(83,'azatutyun-2024-11-25','Armenia Shuns Yet Another CSTO Summit','RFE/RL Armenian Service (Azatutyun)',NULL,'2024-11-25','day','2026-11-28','day','Read through a repost (Oragark); the Azatutyun original''s address was not found. Day from ''announced on Monday'' before the Thursday 28 November Astana summit. Russian envoy Viktor Vasiliev: Armenia declined to attend but does not object to the adoption of the documents ''in a limited format''.','https://oragark.com/armenia-shuns-yet-another-csto-summit');
INSERT INTO "source" VALUES(84,'wikipedia-it-nato-secretary-general','Segretario generale della NATO','Wikipedia (Italian)','https://it.wikipedia.org/wiki/Segretario_generale_della_NATO',NULL,'day','2026-11-28','day','Undated: the document shows no date. Undated: an encyclopedia article (the revision read is not known). Its list of holders gives the days no NATO page read gives: Spaak from 16 May 1957, Brosio from 1 August 1964, and the interim holders Sergio Balanzino (13 August - 17 October 1994; 20 October - 5 December 1995) and Alessandro Minuto-Rizzo (17 December 2003 - 1 January 2004), each period ending on its successor''s first day. Every fact resting on it has confidence low.',NULL);
INSERT INTO "source" VALUES(85,'avalon-nat-header','North Atlantic Treaty; April 4, 1949 (Avalon Project edition with US ratification header: 63 Stat. 2241; TIAS 1964)','Lillian Goldman Law Library, Yale Law School (Avalon Project), reproducing the U.S. Statutes at Large / TIAS text','https://avalon.law.yale.edu/20th_century/nato.asp','1949-01-01','year','2026-11-28','day','Avalon URL is the standard address of this document but was NOT seen in this session; read through a (machine-translated) copy: ''Signed in Washington April 4, 1949, ratified by the Senate on July 21, 1949, ratified by the President of the United States on July 25, 1949 and deposited in Washington July 25, 1949, entered into force on August 24, 1949 ... 63 Stat. 2241; ... 1964''. The original US record is 63 Stat. 2241 / TIAS 1964.','https://www.politics-dz.com/the-north-atlantic-treaty-nato-treaty/');
INSERT INTO "source" VALUES(86,'nato-who-ismay','Lord Ismay','NATO','https://www.nato.int/cps/en/natolive/who_is_who_7294.htm','2011-06-20','day','2026-11-28','day','nato.int ''Who is who'' biography, header ''NATO Secretary General 1952 – 1957'', ''Last updated: 20 Jun. 2011''. Read through a session-id URL variant of the same nato.int page.','https://www.nato.int/cps/en/SID-5A71780A-83E7C4E5/natolive/who_is_who_7294.htm');
INSERT INTO "source" VALUES(87,'nato-ismay-report-1957','NATO - April 1952 - April 1957: Text of Lord Ismay''s report to the Ministerial Meeting of the North Atlantic Council in Bonn, May 1957','NATO (archives)','https://www.nato.int/archives/ismayrep/text.htm','1957-05-01','month','2026-11-28','day','''the Council Deputies ... ceased to exist on the 4th April, 1952 ... I assumed the office of Secretary General in London on that date; and moved to Paris on the 16th April ... The Council held its first meeting on the 28th April.''',NULL);
INSERT INTO "source" VALUES(88,'nato-cv-spaak-1999','Who is who at NATO? NATO Secretary General: Paul Henri Spaak','NATO','https://www.nato.int/cv/secgen/spaak.htm','1999-10-26','day','2026-11-28','day','''chosen [1956] to succeed Lord Ismay''; ''resigned from the post in March 1961''; ''succeeded ... in April 1961 by Dirk Stikker''.',NULL);
INSERT INTO "source" VALUES(89,'nato-declassified-stikker','Dirk Stikker (NATO Declassified)','NATO','https://www.nato.int/cps/en/natohq/declassified_137965.htm',NULL,'day','2026-11-28','day','Undated: the document shows no date. ''Dirk Uipko Stikker became the third Secretary General on 21 April 1961''; ''Brosio was chosen to succeed him in August 1964''.',NULL);
INSERT INTO "source" VALUES(90,'nato-who-brosio','Manlio Brosio','NATO','https://www.nato.int/cps/en/natohq/who_is_who_7299.htm','2010-03-15','day','2026-11-28','day','''Secrétaire général de l''OTAN 1964 – 1971''; ''resigned from the post in 1971 and was succeeded by Joseph Luns''.','https://www.nato.int/cps/en/natohq/who_is_who_7299.htm?selectedLocale=fr');
INSERT INTO "source" VALUES(91,'nato-sg-luns','Joseph Luns','NATO','https://www.nato.int/en/about-us/organization/who-we-are/nato-secretaries-general/joseph-luns',NULL,'day','2026-11-28','day','Undated: the document shows no date. New nato.int ''NATO Secretaries General'' section: ''Secretary General 01 October 1971 - 25 June 1984''. Body text says ''succeeded by Lord Carrington in May 1984'' (inconsistent with its own header; Carrington''s first day was 1984-06-25).',NULL);
INSERT INTO "source" VALUES(92,'nato-who-carrington','Lord Carrington','NATO','https://www.nato.int/cps/en/natohq/who_is_who_7302.htm','2021-02-03','day','2026-11-28','day','''In June 1984, Lord Carrington was appointed as Secretary General of NATO and succeeded in July 1988 by Manfred Wörner.''','https://www.nato.int/cps/fr/natohq/who_is_who_7302.htm?selectedLocale=en&');
INSERT INTO "source" VALUES(93,'nato-who-woerner','Manfred Wörner','NATO','https://www.nato.int/cps/en/natohq/who_is_who_7306.htm','2009-03-23','day','2026-11-28','day','''Manfred Wörner took up his appointment as Secretary General of NATO on July 1, 1988. Mr. Wörner died in office, on August 13, 1994.''',NULL);
INSERT INTO "source" VALUES(94,'deseret-1994-09-26-claes','NATO names Belgian envoy secretary-general','Deseret News (Associated Press)','https://www.deseret.com/1994/9/26/19132898/nato-names-belgian-envoy-secretary-general','1994-09-26','day','2026-11-28','day','''The NATO post opened Aug. 13 when Manfred Woerner of Germany died ... Deputy Secretary-General Sergio Balanzino is carrying out those duties temporarily.'' Headline taken from the URL slug.',NULL);
INSERT INTO "source" VALUES(95,'nato-speech-1994-10-17-claes','Speech to the press by NATO Secretary General, Willy Claes on his arrival at NATO HQ','NATO','https://www.nato.int/cps/en/natohq/opinions_24487.htm','1994-10-17','day','2026-11-28','day','Dated ''17 Oct. 1994'' (Last updated 05 Nov. 2008). ''Three weeks ago in New York I had the pleasure to be nominated by the North Atlantic Council ... So today, as I take up my new tasks here at NATO Headquarters''.','https://www.nato.int/cps/en/natohq/opinions_24487.htm?selectedLocale=en');
INSERT INTO "source" VALUES(96,'roanoke-ap-1995-12-02-solana','NATO appointed Foreign Minister Javier Solana of Spain as its chief (AP)','Roanoke Times / Associated Press','https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1995/rt9512/951202/12040034.htm','1995-12-02','day','2026-11-28','day','Headline not shown in the archive copy; title is the lede. ''The 16-member alliance had been without a leader since Oct. 20, when Willy Claes was forced to resign''; ''The decision clears the way for Solana''s formal appointment at a meeting of NATO foreign ministers in Brussels on Tuesday'' (= 1995-12-05).',NULL);
INSERT INTO "source" VALUES(97,'nato-speech-1999-10-14-robertson','Remarks to the Press by Lord Robertson, NATO Secretary General upon his arrival at NATO Headquarters','NATO','https://www.nato.int/docu/speech/1999/s991014a.htm','1999-10-14','day','2026-11-28','day','''In just a few moments I will take up my duties as the tenth Secretary General of NATO.''',NULL);
INSERT INTO "source" VALUES(98,'nato-pr-2024-06-26-rutte','NATO Allies select Mark Rutte as next Secretary General (NATO news release of 26 June 2024)','NATO',NULL,'2024-06-26','day','2026-11-28','day','Original''s address not seen: https://www.nato.int/ (nato.int news item of 2024-06-26; exact URL not seen). Exact headline on nato.int not verified (the Mirage News copy is headed ''Mark Rutte selected as NATO''s next Secretary General''; a NATO-credited reprint at ramanmedianetwork.com is headed ''NATO Allies Select Mark Rutte As Next Secretary General''). Text: ''On Wednesday (26 June 2024), the North Atlantic Council decided to appoint Dutch Prime Minister Mark Rutte as the next Secretary General of NATO ... Mr Rutte will assume his functions as Secretary General from 1 October 2024, when Mr Stoltenberg''s term expires''.','https://miragenews.com/mark-rutte-selected-as-natos-next-secretary-1264848');
INSERT INTO "source" VALUES(99,'nato-text-greece-turkey-protocol','Protocol to the North Atlantic Treaty on the Accession of Greece and Turkey','NATO (official texts)','https://www.nato.int/cps/en/natolive/official_texts_17245.htm','1951-10-22','day','2026-11-28','day','NATO dates the protocol ''London, 22 October 1951'' (NATO Update 2002-02-18 ''Protocol ... London, 22 October 1951''). Read through a session-id URL variant.','http://www.nato.int/cps/en/SID-5240B10A-4AFF8593/natolive/official_texts_17245.htm');
INSERT INTO "source" VALUES(100,'nato-update-2002-02-18','Turkey and Greece celebrate 50 years of NATO membership','NATO (NATO Update)','https://www.nato.int/docu/update/2002/02-february/e0218a.htm','2002-02-18','day','2026-11-28','day','''Both countries signed the North Atlantic Treaty on 18 February 1952'' (i.e. acceded); lists ''Protocol ... London, 22 October 1951''.',NULL);
INSERT INTO "source" VALUES(101,'nato-text-germany-protocol','Protocole d''accession au Traité de l''Atlantique Nord de la République Fédérale d''Allemagne (Protocol to the North Atlantic Treaty on the Accession of the Federal Republic of Germany)','NATO (official texts)','https://www.nato.int/cps/en/natohq/official_texts_17411.htm','1954-10-23','day','2026-11-28','day','Signed Paris; Art. II: enters into force when (a) all Parties have notified acceptance, (b) all ratifications of the Protocol modifying the Brussels Treaty deposited, (c) [further condition - cut off in the excerpt].','https://nato.int/cps/ru/natohq/official_texts_17411.htm?selectedLocale=fr');
INSERT INTO "source" VALUES(102,'reagan-1982-01-26-spain','Message to the Senate Transmitting a Protocol to the North Atlantic Treaty','Ronald Reagan Presidential Library (Public Papers of the President)','https://www.reaganlibrary.gov/archives/speech/message-senate-transmitting-protocol-north-atlantic-treaty','1982-01-26','day','2026-11-28','day','''a protocol to the North Atlantic Treaty on the accession of Spain, signed in Brussels on December 10, 1981''.',NULL);
INSERT INTO "source" VALUES(103,'rdn-1982-spain','Revue Défense Nationale article on Spain''s accession to NATO (1982)','Revue Défense Nationale','https://defnat.com/e-RDN/vue-article.php?carticle=5237&cidrevue=432','1982-01-01','year','2026-11-28','day','Headline not visible in the copy (descriptive title). Cites NATO press communiqué of 30 May 1982: all Allies having deposited their instruments of ratification, the SG invited Spain ''la veille'' (29 May 1982); Spain deposited its instrument of accession ''le matin même'' (30 May 1982).',NULL);
INSERT INTO "source" VALUES(104,'state-albright-1997-12-16','Secretary of State Madeleine K. Albright Statement at Signing of NATO Accession Protocols with the Czech Republic, Hungary and Poland, NATO Headquarters, Brussels, Belgium, December 16, 1997','U.S. Department of State (archive site)','https://1997-2001.state.gov/statements/971216.html','1997-12-16','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(105,'nato-speech-1999-03-12-kavan','At the deposition of instruments of ratification of the Czech Republic''s accession to the North Atlantic Treaty, Harry S. Truman Library, Independence, Missouri, 12 Mar. 1999 - Intervention by Minister of Foreign Affairs of the Czech Republic, Mr. Jan Kavan','NATO (speeches archive)','https://www.nato.int/docu/speech/1999/s990312b.htm','1999-03-12','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(106,'nato-update-2003-03-26','Accession Protocols signed','NATO (NATO Update)','https://www.nato.int/docu/update/2003/03-march/e0326b.htm','2003-03-26','day','2026-11-28','day','Representatives of the 19 NATO member countries signed the protocols for Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia.',NULL);
INSERT INTO "source" VALUES(107,'nl-wetten-bwbv0001632','Protocol bij het Noord-Atlantisch Verdrag betreffende de toetreding van Roemenië, Brussel, 26-03-2003 (wetten.overheid.nl, BWBV0001632)','Overheid.nl (Dutch government legislation portal)','https://wetten.overheid.nl/BWBV0001632/2004-02-27','2004-02-27','day','2026-11-28','day','''Geldend van 27-02-2004 t/m heden'' (in force from 2004-02-27).',NULL);
INSERT INTO "source" VALUES(108,'pl-dzu-2005-lithuania-protocol','Oświadczenie rządowe z dnia 11 lipca 2005 r. w sprawie mocy obowiązującej Protokołu do Traktatu Północnoatlantyckiego o akcesji Republiki Litewskiej, sporządzonego w Brukseli dnia 26 marca 2003 r.','Dziennik Ustaw (Journal of Laws of the Republic of Poland)',NULL,'2005-07-11','day','2026-11-28','day','Original''s address not seen: https://isap.sejm.gov.pl/ (Dz.U. 2005; exact entry not seen). Date = date of the government statement (gazette issue number not seen). ''Zgodnie z artykułem II protokołu wszedł on w życie dnia 27 lutego 2004 r.''; Polish instrument deposited 30 Oct 2003; ''Republika Litewska stała się stroną wyżej wymienionego traktatu dnia 29 marca 2004 r.''','http://prawo.legeo.pl/prawo/oswiadczenie-rzadowe-z-dnia-11-lipca-2005-r-w-sprawie-mocy-obowiazujacej-protokolu-do-traktatu-polnocnoatlantyckiego-o-akcesji-republiki-litewskiej-sporzadzonego-w-brukseli-dnia-26-marca-2003-r/');
INSERT INTO "source" VALUES(109,'nl-trb-2004-107','Tractatenblad 2004, 107: Protocol bij het Noord-Atlantisch Verdrag betreffende de toetreding van Roemenië; Brussel, 26 maart 2003','Tractatenblad van het Koninkrijk der Nederlanden (official treaty gazette)','https://zoek.officielebekendmakingen.nl/trb-2004-107.html','2004-01-01','year','2026-11-28','day','Lists dates on which parties notified the US Government of acceptance (Art. II) of the Romania protocol (18 parties; the remaining one, named in Trb. 2003, 57, not read). The ''G. Inwerkingtreding'' paragraph was cut off in the excerpt.',NULL);
INSERT INTO "source" VALUES(110,'dw-2008-07-09','NATO gives membership green light to Albania and Croatia','Deutsche Welle','https://www.dw.com/en/nato-gives-membership-green-light-to-albania-and-croatia/a-3471633','2008-07-09','day','2026-11-28','day','Protocols signed at NATO HQ Brussels on Wednesday 9 July 2008 by the ambassadors of the 26 Allies.',NULL);
INSERT INTO "source" VALUES(111,'cz-sbms-49-2016','Sdělení Ministerstva zahraničních věcí o sjednání Protokolu o přístupu Albánské republiky k Severoatlantické smlouvě (č. 49/2016 Sb. m. s.)','Sbírka mezinárodních smluv (Czech Collection of International Treaties)','https://www.zakonyprolidi.cz/ms/2016-49','2016-09-26','day','2026-11-28','day','Signed Brussels 2008-07-09; Czech instrument deposited with the US Government 2009-01-21; ''Protokol vstoupil v platnost na základě svého článku II dne 27. března 2009''. Read via the zakonyprolidi.cz reproduction of the official collection.','https://www.zakonyprolidi.cz/print/ms/2016-49/zneni-20090327.htm');
INSERT INTO "source" VALUES(112,'xinhua-2009-04-02-croatia','Croatia, Albania join NATO (Xinhua report)','Xinhua News Agency (via china.org.cn)','http://english.china.org.cn/international/2009-04/02/content_17541787.htm','2009-04-02','day','2026-11-28','day','Headline not visible in the copy read by the earlier session (descriptive title; see nato.yaml Croatia protocol fact). ''Croatia was able to join NATO ... after Slovenia deposited with Washington its instrument of ratification for Croatia at the last minute ... deposited on Monday'' (Monday = 2009-03-30). Not re-read this session.',NULL);
INSERT INTO "source" VALUES(113,'america-gov-2009-04-01','Albania and Croatia Join NATO: Accession papers accepted at State Department April 1','U.S. Department of State (America.gov)','http://www.america.gov/st/peacesec-english/2009/April/20090401130205dmslahrellek0.6114008.html','2009-04-01','day','2026-11-28','day','''In a joint ceremony at the State Department April 1, representatives from Albania and Croatia deposited instruments of accession ... becoming the 27th and 28th members''.','https://webarchive.library.unt.edu/eot2008/20090512114922/http://www.america.gov/st/peacesec-english/2009/April/20090401130205dmslahrellek0.6114008.html');
INSERT INTO "source" VALUES(114,'lv-likumi-montenegro-protocol','Protokols par Melnkalnes pievienošanos Ziemeļatlantijas līgumam (Protocol on the Accession of Montenegro to the North Atlantic Treaty)','Latvijas Vēstnesis / likumi.lv (Latvian official publisher)','https://likumi.lv/ta/en/lv/starptautiskie-ligumi/id/1714','2016-10-20','day','2026-11-28','day','''Parakstīts Briselē, 2016.gada 19.maijā''; depositary USA Government; published Latvijas Vēstnesis 204, 20.10.2016.',NULL);
INSERT INTO "source" VALUES(115,'nato-news-2017-06-05-montenegro','Montenegro joins NATO as 29th Ally','NATO',NULL,'2017-06-05','day','2026-11-28','day','Original''s address not seen: https://www.nato.int/ (NATO news item of 2017-06-05; exact URL not seen). NATO news text reproduced by the Albanian Mission to NATO (headline there: ''Montenegro joins NATO, 29th ally''): ''Montenegro became NATO''s newest member on Monday (5 June 2017), upon depositing its instrument of accession ... with the US State Department''; ''Allied Foreign Ministers signed Montenegro''s Accession Protocol in May 2016''.','https://ambasadat.gov.al/otan/en/montenegro-joins-nato-29th-ally');
INSERT INTO "source" VALUES(116,'nl-trb-2019-24','Tractatenblad 2019, 24: Noord-Atlantisch Verdrag; Washington, 4 april 1949 (Protocol betreffende de toetreding van de Republiek Noord-Macedonië, Brussel 6 februari 2019)','Tractatenblad van het Koninkrijk der Nederlanden (official treaty gazette)','https://zoek.officielebekendmakingen.nl/trb-2019-24.html','2019-01-01','year','2026-11-28','day','''Op 6 februari 2019 is te Brussel een Protocol tot stand gekomen betreffende de toetreding van de Republiek Noord-Macedonië''. Verdragenbank numbers 007281 (NAT) and 012379.','https://zoek.officielebekendmakingen.nl/behandelddossier/trb-2019-24.html');
INSERT INTO "source" VALUES(117,'cz-sbms-19-2020','Sdělení Ministerstva zahraničních věcí o sjednání Protokolu o přístupu Republiky Severní Makedonie k Severoatlantické smlouvě (č. 19/2020 Sb. m. s.)','Sbírka mezinárodních smluv (Czech Collection of International Treaties)','https://www.zakonyprolidi.cz/ms/2020-19','2020-01-01','year','2026-11-28','day','Official URL constructed by analogy with 49/2016 (not seen). Protocol adopted Brussels 2019-02-06, signed by CZ same day; CZ instrument deposited with the US Government 2019-10-25; ''Protokol vstoupil v platnost na základě svého článku II dne 19. března 2020''.','https://www.fulsoft.cz/33/19-2020-sb-m-s-sdeleni-ministerstva-zahranicnich-veci-o-sjednani-protokolu-o-pristupu-republiky-severni-makedonie-k-severoatlanticke-smlouve-uniqueidOhwOuzC33qe_hFd_-jrpTjXOeE1-2b7lyp2rJQI-2yuwj0JoeGVFeQ/?ns=1610876226');
INSERT INTO "source" VALUES(118,'state-2020-03-27-pompeo','North Macedonia Becomes NATO''s 30th Ally (Press Statement, Secretary of State Michael R. Pompeo)','U.S. Department of State',NULL,'2020-03-27','day','2026-11-28','day','Original''s address not seen: https://www.state.gov/ (press statement of 2020-03-27; exact URL not seen). Headline on state.gov not verified. ''On March 27, 2020, the United States, as a treaty depository, received the Republic of North Macedonia''s instrument of accession to the North Atlantic Treaty, making North Macedonia the 30th NATO ally.'' (quoted by MIA and UrduPoint/Sputnik).','https://mia.mk/pompeo-north-macedonia-becomes-nato-s-30th-ally/?lang=en');
INSERT INTO "source" VALUES(119,'us-mission-nato-2022-07-05','NATO Allies sign Accession Protocols for Finland and Sweden','U.S. Mission to NATO','https://nato.usmission.gov/nato-allies-sign-accession-protocols-for-finland-and-sweden/','2022-07-05','day','2026-11-28','day','''NATO Ambassadors signed the Accession Protocols for Finland and Sweden at NATO Headquarters on July 5, 2022''. Same text as NATO''s own news item (read via https://www.eurasiareview.com/06072022-nato-allies-sign-accession-protocols-for-finland-and-sweden/).',NULL);
INSERT INTO "source" VALUES(120,'state-2023-04-04-blinken-finland','Secretary Antony J. Blinken at Finland''s NATO Instruments of Accession Ceremony','U.S. Department of State',NULL,'2023-04-04','day','2026-11-28','day','Original''s address not seen: https://www.state.gov/ (remarks of 2023-04-04; exact URL not seen). Transcript: ''Türkiye deposited with me ... Türkiye''s ratification ... of the protocol for Finland''s accession ... the protocol is now in force''; then Finland deposited its instrument of accession: ''Finland is the 31st member''. Ceremony at NATO HQ, Brussels.','https://www.einpresswire.com/article/626059468/secretary-antony-j-blinken-at-finland-s-nato-instruments-of-accession-ceremony');
INSERT INTO "source" VALUES(121,'tasr-2024-03-07-sweden','Švédsko sa oficiálne stalo členom NATO (TASR)','TASR via teraz.sk','https://www.teraz.sk/zahranicie/svedsko-sa-oficialne-stalo-clenom-na/779762-clanok.html','2024-03-07','day','2026-11-28','day','Headline paraphrased. Quotes the US State Department depositary notice: ''On 7 March 2024 the conditions of Article 2 of the Protocol ... on the accession of the Kingdom of Sweden were met. The Protocol thereby entered into force on 7 March 2024.'' (Slovak translation).',NULL);
INSERT INTO "source" VALUES(122,'nato-update-1966','1966 (NATO Update, chronology 1960-1969)','NATO','https://www.nato.int/docu/update/60-69/1966e.htm','2001-11-06','day','2026-11-28','day','Page shows ''Updated: 06-Nov-2001'' (used as published date). ''10 Mar: President de Gaulle formally announces Frances [sic] intention of withdrawing from the integrated military structure of the Alliance.'' ''In 1966, France announces that it will no longer assign its forces to NATO and that it will withdraw from the integrated military structure with the consequence that Allied forces and military headquarters must leave the country. This should be completed by 1 April 1967.''',NULL);
INSERT INTO "source" VALUES(123,'frus-1964-68-v13-d153','Foreign Relations of the United States, 1964–1968, Volume XIII, Western Europe Region, Document 153: Memorandum for guidance of Mr. McCloy in his discussion of French forces in Germany','U.S. Department of State, Office of the Historian','https://history.state.gov/historicaldocuments/frus1964-68v13/d153','1995-01-01','year','2026-11-28','day','FRUS volume publication year approximate (as in nato.yaml). ''In its aide-memoire of March 29, the Government of France stated that the assignment to NATO of "the French ground and air forces stationed in Germany" will end on July 1, 1966.''','https://history.state.gov./historicaldocuments/frus1964-68v13/d153');
INSERT INTO "source" VALUES(124,'nato-pr-2009-030','Déclaration du Secrétaire général de l''OTAN (Press Release (2009) 030)','NATO','https://www.nato.int/docu/pr/2009/p09-030f.html','2009-03-11','day','2026-11-28','day','Headline not visible (descriptive). SG de Hoop Scheffer welcomes President Sarkozy''s remarks closing the FRS conference ''aujourd''hui''; parliament to decide next week; Sarkozy will then write to all Allies. Publication day inferred from Sarkozy''s speech date (11 March 2009).',NULL);
INSERT INTO "source" VALUES(125,'frus-1969-76-v30-d25','Foreign Relations of the United States, 1969–1976, Volume XXX, Document 25: Telegram From the Mission to the North Atlantic Treaty Organization to the Departments of State and Defense (Greece and NATO)','U.S. Department of State, Office of the Historian','https://history.state.gov/historicaldocuments/frus1969-76v30/d25','2007-01-01','year','2026-11-28','day','FRUS volume year approximate. DPC 16 Sept 1974: SACEUR received official notification from the C-in-C Hellenic Armed Forces ''that effective August 14, 1974, all units of the Greek Army, Navy and Air Force are withdrawn from assignment, commitment, or ear-marking to NATO''.',NULL);
INSERT INTO "source" VALUES(126,'nato-handbook-1993-dates','NATO Handbook: Important Dates (text of the NATO Handbook chronology as distributed 24 March 1993)','NATO Office of Information and Press',NULL,'1993-03-24','day','2026-11-28','day','Original''s address not seen: https://www.nato.int/ (NATO Handbook chronology ''Important Dates'', edition current in March 1993; exact nato.int URL not seen). Read through a mirror of the Wiretap archive''s copy of the NATO Handbook (header ''Nato Handbook Important Dates Information March 24, 1993''). 1980: ''20 October Re-integration of Greek forces into the integrated military structure of the Alliance.'' 1981: ''10-11 December Signature of the Protocol of Accession of Spain''. 1982: ''30 May Spain becomes the 16th member''.','https://gem.celery.eu.org/gemini.quux.org/0/Archives/mirrors/wiretap.area.com/Gov/NATO-HB/part.18');
INSERT INTO "source" VALUES(127,'cvce-opland-1959','''Charles the Avenger. NATO''s new building becomes operational ...'' (cartoon by Opland, December 1959)','CVCE.eu','https://www.cvce.eu/en/education/unit-content/-/unit/de/02bb76df-d066-4c08-a58a-d4686a3e68ff/c4bbe3c4-b6d7-406d-bb2b-607dbdf37207/Resources','1959-12-01','month','2026-11-28','day','Secondary (resource list caption): ''In December 1959, Opland, Dutch cartoonist, ... NATO''s new building becomes operational''.',NULL);
INSERT INTO "source" VALUES(128,'vrt-2018-03-19','NATO moves to its new HQ (VRT NWS English)','VRT (Flemish public broadcaster), deredactie.be','http://deredactie.be/cm/vrtnieuws.english/Brussels/1.3165655','2018-03-19','day','2026-11-28','day','Headline not visible (descriptive title). ''the new Brussels HQ was officially opened on 16 October 1967''; HQ at Porte Dauphine in Paris at the time of the 1966 decision.',NULL);
INSERT INTO "source" VALUES(129,'nato-news-2017-05-25-handover','NATO leaders welcome a new home for the Alliance','NATO',NULL,'2017-05-25','day','2026-11-28','day','Original''s address not seen: https://www.nato.int/cps/en/natohq/news.htm?keywordquery=Headquarters%20(New)&search=true. Read as an entry in the nato.int news listing for ''Headquarters (New)'': ''NATO leaders today (25 May 2017) marked the handover of the Alliance''s new headquarters in Brussels.'' Same listing: ''NATO begins the final phase of its move to a new home'' (19 March 2018): over the next 12 weeks ~4000 people transfer; ''NATO pays last tribute to its old home'' (10 July 2019): flags lowered for the last time at the old HQ. Individual item URLs not seen.',NULL);
INSERT INTO "source" VALUES(130,'de-aa-pa-1955-05-06','Die Bundesrepublik tritt der NATO bei (Das besondere Dokument: Drahtbericht Botschafter Krekeler, Washington, 6. Mai 1955)','Auswärtiges Amt, Politisches Archiv (German Federal Foreign Office, Political Archive)','https://archiv.diplo.de/arc-de/das-politische-archiv/das-besondere-dokument/nato-2715914',NULL,'day','2026-11-28','day','Undated: the document shows no date. Telegram of Ambassador Krekeler, 6 May 1955 (PA AA, B 130-VS-REG/3446A): ''Beitrittsurkunde zum Nordatlantikpakt heute 14.46 Uhr hiesiger Sommerzeit an Staatssekretär Dulles übergeben.'' Page: accession completed 6 May 1955 in Washington; 9 May 1955 first participation in the NATO foreign ministers'' conference.',NULL);
INSERT INTO "source" VALUES(131,'pt-dan-1952-01-17','Diário das Sessões da Assembleia Nacional, 17 de Janeiro de 1952 (text of the Protocol on the accession of Greece and Turkey with signature dates)','Assembleia da República (Portugal), Diário das Sessões','https://debates.parlamento.pt/catalogo/r2/dan/01/05/03/121/1952-01-16/205','1952-01-17','day','2026-11-28','day','Signature block shows each Deputy''s date: France (Alphand), Italy, Luxembourg signed 22nd October 1951; Iceland, Netherlands, Norway, Portugal, UK, US signed 17th October 1951 (others on pages not read).',NULL);
INSERT INTO "source" VALUES(132,'nato-declassified-carrington','Lord Carrington, 1984 - 1988 (NATO Declassified)','NATO',NULL,NULL,'day','2026-11-28','day','Undated: the document shows no date. Read through a Bing cache copy headed ''NATO - Declassified: Lord Carrington, 1984 - 1988''. Text: Carrington ''came to the helm of the North Atlantic Alliance on 25 June 1984''. Original''s address not seen: https://www.nato.int/cps/en/natohq/ (NATO Declassified series page; exact URL not seen).','https://cc.bingj.com/cache.aspx?q=%2bPeter+Carington&d=4707589487469425&mkt=es-MX&setlang=es-ES&w=-TfrnvBr9_Ncw_em-8FpVi4jSEWhH_bQ');
INSERT INTO "source" VALUES(133,'expatica-2009-04-04','Sarkozy: France is taking on full NATO role','Expatica (AFP)','https://www.expatica.com/fr/news/Sarkozy-France-is-taking-on-full-NATO-role_160448.html','2009-04-04','day','2026-11-28','day','Sarkozy ''announced Saturday [4 April 2009] in front of 27 fellow NATO leaders at their 60th anniversary summit that France was resuming its full role in the alliance''.',NULL);
INSERT INTO "source" VALUES(134,'nato-cv-minuto-rizzo','Who is who at NATO? NATO Deputy Secretary General: Alessandro Minuto Rizzo','NATO','https://www.nato.int/cv/secgen/rizzo-e.htm','2007-10-04','day','2026-11-28','day','Deputy Secretary General 2001-2007. The excerpt read does not itself state the acting-SG period; the German Wikipedia article (copy at https://de.wikiup.org/wiki/Alessandro_Minuto-Rizzo) cites this page for ''after Robertson left on 17 December 2003 he was for a few days Secretary General until de Hoop Scheffer took office on 1 January 2004''.',NULL);
INSERT INTO "source" VALUES(135,'cz-sb-425-2025','Sdělení Ministerstva zahraničních věcí o sjednání Protokolu o přístupu Švédského království k Severoatlantické smlouvě (č. 425/2025 Sb.)','Sbírka zákonů (Czech Collection of Laws / international treaties)',NULL,'2025-10-24','day','2026-11-28','day','Original''s address not seen: https://www.e-sbirka.cz/ (425/2025 Sb.; exact URL not seen). Protocol adopted Brussels 2022-07-05, signed by CZ same day; CZ instrument deposited with the US Government 2022-09-19; ''Protokol vstoupil v platnost na základě svého článku II dne 7. března 2024''.','https://esipa.cz/sbirka/sbsrv.dll/sb?DR=SB&CP=2025s425');
INSERT INTO "source" VALUES(136,'hu-deposit-2023-03-31','Hungary deposits instrument of ratification on the accession of Finland (report of Ambassador Szabolcs Takács''s statement)','Verkkouutiset (Finnish news site)','https://www.verkkouutiset.fi/a/unkari-on-toimittanut-suomen-nato-ratifiointipaperit-washingtoniin/','2023-03-31','day','2026-11-28','day','Secondary; quotes Hungarian ambassador (31 March 2023): deposited Hungarian instrument of ratification on the accession of Finland at the State Department.',NULL);
INSERT INTO "source" VALUES(137,'isakov-chronicle-ua-rada-1991','Владимир Исаков, «Кто и как развалил СССР. Хроника» (quotes Bulletin No. 45 of the 4th session of the Supreme Soviet of Ukraine, 12th convocation)','book (V. Isakov), online copy — weak','https://litbaza.com/page-72-53413-vladimir-isakov-kto-i-kak-razvalil-sssr-hronika.html',NULL,'day','2026-11-28','day','Undated: the document shows no date.',NULL);
INSERT INTO "source" VALUES(138,'belgidromet-2021-12-08-cis-30','30 лет со дня образования Содружества Независимых Государств','Belhydromet (Republican Centre for Hydrometeorology, Belarus government agency)','https://belgidromet.by/printv/ru/news-ru/view/30-let-so-dnja-obrazovanija-sodruzhestva-nezavisimyx-gosudarstv-4867-2021','2021-12-08','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(139,'kg-24kg-2026-03-06-this-day','Сегодня в Бишкеке: погода, мероприятия, даты (6 марта) — ''В Кыргызстане ратифицировано Соглашение о создании СНГ''','24.kg news agency','https://24.kg/obschestvo/364737_segodnya_vbishkeke_pogoda_meropriyatiya_datyi/','2026-03-06','day','2026-11-28','day','''This day in history'' item on the 6 March page: the Agreement was ratified in Kyrgyzstan in 1992.',NULL);
INSERT INTO "source" VALUES(140,'arlis-am-hn-0525-1-cis-agreement','ՀՀ Գերագույն խորհրդի որոշումը 1991 թվականի դեկտեմբերի 8-ին Մինսկում ... ստորագրված Անկախ Պետությունների Համագործակցության ստեղծման մասին համաձայնագրի վավերացման մասին (Decision of the Supreme Council of the Republic of Armenia on ratification of the Agreement on the Establishment of the CIS), No. Հ.Ն-0525-1','Supreme Council of the Republic of Armenia; official text in the Armenian Legal Information System (ARLIS, arlis.am); source publication ՀՀԳԽՏ 1992/4 (Bulletin of the Supreme Council)','https://www.arlis.am/DocumentView.aspx?DocID=3232','1992-02-18','day','2026-11-28','day','Official national legal database. Card: type Որոշում (decision); adopted by ՀՀ Գերագույն խորհուրդ; adoption date 18.02.1992; signed 18.02.1992 by the Chairman of the Supreme Council; entry into force 18.02.1992; status: in force. Stored copy URL carried a tracking parameter (&fbclid=...), dropped here.',NULL);
INSERT INTO "source" VALUES(141,'pl-md-2014-draft-denounce-agreement','Proiect de Hotărâre a Parlamentului cu privire la denunţarea Acordului de constituire a Comunităţii Statelor Independente (with Notă informativă)','Partidul Liberal (Liberal Party of Moldova), draft resolution published on e-democracy.md','http://www.e-democracy.md/parties/docs/pl/201403251/','2014-03-25','day','2026-11-28','day','A party''s draft bill (not adopted); cited only because it names the official ratifying act: Hotărârea Parlamentului Nr. 40 din 08.04.1994. The act itself (lex.justice.md) was not read.',NULL);
INSERT INTO "source" VALUES(142,'kommersant-60134-az-tenth-member','Азербайджан стал десятым членом Содружества','Kommersant','https://www.kommersant.ru/doc/60134','1993-09-01','month','2026-11-28','day','Day of publication not shown in the excerpt read; the article reports a vote ''late on Monday'' (= 1993-09-20).',NULL);
INSERT INTO "source" VALUES(143,'az-supreme-soviet-national-council-decision-32-1991','Azərbaycan Respublikası Ali Sovetinin Milli Şurasının Qərarı № 32 (Müstəqil Dövlətlər Birliyinə münasibət məsələsi haqqında)','Supreme Soviet of the Republic of Azerbaijan, National Council (text on the Presidential Library site republic.preslib.az)','https://republic.preslib.az/az_d4-27.html','1991-12-20','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(144,'upi-1993-10-08-georgia-joins-cis','Georgia joins CIS; Kremlin summit discuss Caucasus conflicts','United Press International','https://www.upi.com/Archives/1993/10/08/Georgia-joins-CIS-Kremlin-summit-discuss-Caucasus-conflicts/1325750052800/','1993-10-08','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(145,'kommersant-1718831-georgia-ceased','(Kommersant) Грузия прекратила членство в СНГ','Kommersant (quoting the official CIS website)','https://www.kommersant.ru/doc/1718831','2009-08-18','day','2026-11-28','day','Headline not visible; paraphrased. Text: ''Сегодня, 18 августа, Грузия прекратила свое членство ...''.',NULL);
INSERT INTO "source" VALUES(146,'ap-roanoke-1993-01-23-seven-sign','7 Commonwealth nations sign charter','Associated Press (in The Roanoke Times)','https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1993/rt9301/930123/01230164.htm','1993-01-23','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(147,'unts-31139-charter','No. 31139. Multilateral. Charter of the Commonwealth of Independent States (with declaration and decisions). Adopted at Minsk on 22 January 1993','United Nations Treaty Series, vol. 1819 (registered by the Executive Secretariat of the CIS on 3 August 1994)',NULL,'1994-01-01','year','2026-11-28','day','Original''s address not seen: https://treaties.un.org/ (UNTS vol. 1819, I-31139). Only the opening page was visible in the excerpt; its entry-into-force footnote (which should list deposit dates) was not read.','https://docslib.org/download/5644371/no-31139-multilateral-charter-of-the-commonwealth-of-independent');
INSERT INTO "source" VALUES(148,'kodeks-charter-decision-1993','Решение Совета глав государств СНГ (о принятии Устава СНГ), Минск, 22 января 1993 г., with the Charter text and editorial notes','Kodeks legal database (docs.cntd.ru)','https://docs.cntd.ru/document/1901995','1993-01-22','day','2026-11-28','day','Notes: ''Ратифицировано постановлением Верховного Совета Российской Федерации от 15.04.1993 N 4799-I''; ''Решение не подписано Республикой Молдовы, Туркменистаном и Украиной''; ''Настоящий устав прекратил действие для Грузии с 18 августа 2009 года - решение Совета глав государств-участников СН[Г]...'' (truncated).',NULL);
INSERT INTO "source" VALUES(149,'lex-justice-md-statut-csi','Statutul Comunităţii Statelor Independente (SMAE/1994, ID 357324) — În vigoare pentru Republica Moldova din 27 iunie 1994','Ministry of Justice of the Republic of Moldova, Registrul de stat al actelor juridice (lex.justice.md); published in Tratate Internaţionale nr. 16, 1999, art. 241','http://lex.justice.md/index.php?action=view&view=doc&lang=1&id=357324','1999-01-01','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(150,'cis-legislation-agreement-text','Agreement on creation of the Commonwealth of Independent States of December 8, 1991','CIS Legislation database (SojuzPravoInform), English translation of the treaty','https://cis-legislation.com/document.fwx?rgn=3917','1991-12-08','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(151,'observatorul-2026-03-04-committee','Decizie istorică: Moldova iese din organele statutare ale CSI','Observatorul de Nord (citing MOLDPRES)','https://observatorul.md/decizie-istorica-moldova-iese-din-organele-statutare-ale-csi/','2026-03-04','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(152,'ria-2026-03-11-moldova-government','(RIA Novosti) Правительство Молдавии одобрило проекты денонсации Устава СНГ','RIA Novosti','https://ria.ru/20260311/pravitelstvo-2079912806.html','2026-03-11','day','2026-11-28','day','Headline not visible; paraphrased.',NULL);
INSERT INTO "source" VALUES(153,'moldpres-2026-03-20-first-reading','Votat în prima lectură. Legislativul a susținut retragerea definitivă a Republicii Moldova din organele statutare ale CSI','MOLDPRES (state news agency of Moldova)','https://moldpres.md/rom/politica/votat-in-prima-lectura-legislativul-a-sustinut-retragerea-definitiva-a-republicii-moldova-din-organele-statutare-ale-csi','2026-03-20','day','2026-11-28','day','Timestamp on page: 20 Martie, 2026 / 23:56; ''Parlamentul a votat astăzi, în prima lectură''.',NULL);
INSERT INTO "source" VALUES(154,'charter97-2014-10-13-bill-5156','Закон о выходе из СНГ зарегистрирован в Верховной Раде','Charter97 (citing the Verkhovna Rada website)','http://charter97.eu/ru/news/2014/10/13/120438/','2014-10-13','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(155,'tass-1002678','Ukraine suspends participation in CIS coordination councils - security council','TASS','https://tass.com/world/1002678','2018-05-02','day','2026-11-28','day','Headline verbatim from the stored page. Same event: Ukrinform (French edition) ''L’Ukraine quitte toutes les institutions de la Communauté des États indépendants'' citing the NSDC website (''approuvée mercredi 2 mai''); https://www.ukrinform.fr/amp/rubric-polytics/2452990-lukraine-quitte-toutes-les-institutions-de-la-communaute-des-etats-independants.html (Ukrainian state agency).','http://tass.com/world/1002678');
INSERT INTO "source" VALUES(156,'korrespondent-2014-03-20-chairmanship-note','Украина передала ноту о прекращении председательства в СНГ','Korrespondent.net (citing RIA Novosti)','https://korrespondent.net/ukraine/politics/3322057-ukrayna-peredala-notu-o-prekraschenyy-predsedatelstva-v-snh','2014-03-20','day','2026-11-28','day','Canonical non-AMP URL constructed from the AMP slug; the AMP copy is what was read.','https://korrespondent.net/amp/3322057-ukrayna-peredala-notu-o-prekraschenyy-predsedatelstva-v-snh');
INSERT INTO "source" VALUES(157,'ipress-2018-08-28-representation-closed','Представництво України при СНД закрилося','iPress.ua (citing Interfax)','https://ipress.ua/news/predstavnytstvo_ukrainy_pry_snd_zakrylosya_264652.html','2018-08-28','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(158,'rferl-1998-04-29-summit-personnel','Russia: CIS Summit Approves No Reforms, Only Personnel Changes','Radio Free Europe/Radio Liberty','https://www.rferl.org/a/1088499.html','1998-04-29','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(159,'jamestown-1999-changes-violate-procedures','Changes at the Top of Executive Secretariat Violate CIS Procedures','Jamestown Foundation, Monitor vol. 5 issue 46','https://jamestown.org/program/changes-at-the-top-of-executive-secretariat-violate-cis-procedures/','1999-03-08','day','2026-11-28','day','Issue date not shown in excerpt (cites ITAR-TASS of March 5-7, 1999); precision month (1999-03) is safe.',NULL);
INSERT INTO "source" VALUES(160,'e-cis-executive-committee-general-info','Общая информация. Об Исполнительном комитете Содружества Независимых Государств','CIS Executive Committee (e-cis.info)','https://e-cis.info/page/3466/81544',NULL,'day','2026-11-28','day','Undated: the document shows no date.',NULL);
INSERT INTO "source" VALUES(161,'lenta-2004-04-28-rushailo','Оставшегося без работы Рушайло трудоустроит президент Украины','Lenta.ru (citing RIA Novosti)','https://lenta.ru/news/2004/04/28/secratar/','2004-04-28','day','2026-11-28','day',NULL,'https://lenta.ru/news/2004/04/28/secratar/amp');
INSERT INTO "source" VALUES(162,'cis-legislation-provisional-agreement-councils','Provisional agreement on Council of heads of states and Council of Heads of Government of the Commonwealth of Independent States of December 30, 1991','CIS Legislation database (SojuzPravoInform), English translation; Ukrainian text also on uazakon.com','https://cis-legislation.com/document.fwx?rgn=4111','1991-12-30','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(163,'aravot-2022-05-26-ipa-convention','(Aravot) 26 мая 1995 года ... подписали Конвенцию о Межпарламентской ассамблее','Aravot (ru.aravot.am)','https://ru.aravot.am/2022/05/26/384886','2022-05-26','day','2026-11-28','day','Headline not visible; title paraphrased from the opening sentence.',NULL);
INSERT INTO "source" VALUES(164,'consultant-economic-court-agreement','Соглашение о статусе Экономического суда Содружества Независимых Государств (Москва, 6 июля 1992 года)','ConsultantPlus legal database (text of the CIS agreement)','https://consultant.ru/document/cons_doc_LAW_880/4dd248e0f29bd2ec7f9da1f647c3f7e4f88af9ff','1992-07-06','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(165,'cis-legislation-cfm-regulation-2017','Decision of the Council of Heads of State of the CIS on the Regulations on the Council of Foreign Ministers of the CIS (11 October 2017)','CIS Legislation database (SojuzPravoInform), English translation','https://cis-legislation.com/document.fwx?rgn=105052','2017-10-11','day','2026-11-28','day',NULL,NULL);
INSERT INTO "source" VALUES(166,'uslc-country-study-azerbaijan-cis','Azerbaijan: Relations with Former Soviet Republics (Library of Congress Country Studies, Azerbaijan)','Federal Research Division, Library of Congress','http://lcweb2.loc.gov/frd/cs/aztoc.html',NULL,'day','2026-11-28','day','Undated: the document shows no date. Original LoC URL is the series'' usual address, constructed, not read. Publication year not shown in the excerpt (the text mentions ''early 1994''). The copy read: (also reference.allrefer.com copy)','http://www.country-data.com/cgi-bin/query/r-996.html');
INSERT INTO "source" VALUES(167,'hina-1999-04-02-berezovsky-removed-yarov','ZND smijenila Berezovskog, imenovan Jurij Jarov','HINA (Croatian News Agency), reporting Reuters','https://hina.hr/OTS/6201179','1999-04-02','day','2026-11-28','day','Headline not visible in the copy read; the title paraphrases the lede: ''Zajednica nezavisnih država (ZND) smijenila je u petak Borisa Berezovskog ... na tu je dužnost imenovan ... Jurij Jarov'' (Moscow, Friday 1999-04-02, Reuters).',NULL);
INSERT INTO "source" VALUES(168,'hankookilbo-1992-10-09-az-rejects-cis','아제르바이잔 의회, CIS 회원국 존속 거부 (Azerbaijani parliament rejects CIS membership)','Hankook Ilbo (reporting Reuters/AFP via Yonhap, citing ITAR-TASS)','https://www.hankookilbo.com/News/Read/199210090017063235','1992-10-09','day','2026-11-28','day','Headline not visible in the copy read; the title describes the item. Reuters and AFP via Yonhap, citing ITAR-TASS: on the 7th, two days before the Bishkek summit, the parliament voted 48 to 1 against ratifying CIS membership.',NULL);
INSERT INTO "source" VALUES(169,'unified-register-cis-protocol-1991','Протокол к Соглашению о создании Содружества Независимых Государств','CIS Executive Committee, Unified Register of legal acts of the CIS','http://cis.minsk.by/reestr/ru/index.html','1991-12-21','day','2026-11-28','day','The Protocol''s text as the CIS Unified Register gives it, read through its copy on ru.wikisource (via). Signed at Alma-Ata on 1991-12-21 by eleven states; the Agreement enters into force for each of them on its ratification.','http://ru.wikisource.org/wiki/Протокол_к_Соглашению_о_создании_Содружества_Независимых_Государств_от_21_декабря_1991');
INSERT INTO "source" VALUES(170,'charter-cis-text-1993','Устав Содружества Независимых Государств','Council of Heads of State of the CIS (treaty text)',NULL,'1993-01-22','day','2026-11-28','day','The Charter''s final provisions, read through a copy (via): it enters into force for all founding states when all have deposited their instruments of ratification with the Government of Belarus, or for those that have, one year after its adoption (so 1994-01-22); art. 7: the members are the founding states that assume its obligations within a year of its adoption; art. 9: a state leaves 12 months after notifying the depositary in writing.','http://ww.scicenter.online:8080/vneshnyaya-politika-scicenter/razdel-ihzaklyuchitelnyie-polojeniya-37480.html');
INSERT INTO "source" VALUES(171,'wikipedia-ru-cis','Содружество Независимых Государств','Wikipedia (Russian)','https://ru.wikipedia.org/wiki/Содружество_Независимых_Государств',NULL,'day','2026-11-28','day','Undated: the document shows no date. Undated: an encyclopedia article, read as its text of about 2009-2010 reposted in a forum (via). Cited only where no original was found: Georgia''s Charter date (1994-04-19). Every fact resting on it has confidence low.','https://www.politikforum.ru/showpost.php?p=1627431&postcount=15');
INSERT INTO "source" VALUES(172,'esp-md-md-ratification-decisions-1994','Moldova ratified the CIS Agreement and Charter by parliamentary decisions No. 40 and No. 76 of 1994 (ESP.md)','ESP.md','https://esp.md/ru/search/content/Federa%C8%9Bia%20Rus%C4%83?page=13',NULL,'day','2026-11-28','day','Undated: the document shows no date. Search-listing page of esp.md; the underlying article''s own URL/headline not visible. Secondary, but it names the official acts: Hotărârea Parlamentului nr. 40 din 8 aprilie 1994 (Agreement) and nr. 76 din 26 aprilie 1994 (Charter).',NULL);
INSERT INTO "organization" VALUES(1,'CSTO','Collective Security Treaty Organization','intergovernmental military-political alliance','2003-09-18','day',NULL,'day','Moscow',NULL,1,'Founded = entry into force of the CSTO Charter, 2003-09-18 (high). Also: https://mfa.gov.by/en/mulateral/organization/list/cddd96a3f70190b1.html, http://tass.com/archive/678014. Successor of the Collective Security Treaty of 1992-05-15 (CST-1992): decision to transform the Treaty into an organization 2002-05-14, Moscow (high; http://tass.com/archive/678014, https://mfa.gov.by/en/mulateral/organization/list/cddd96a3f70190b1.html); Charter signed 2002-10-07 in Chisinau (high; http://en.special.kremlin.ru/supplement/3506). Headquarters Moscow (high) per Wikipedia: Collective Security Treaty Organization (https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization, infobox), read via mirror https://iiab.me/kiwix/content/wikipedia_en_top_maxi_2022-11/A/Collective_Security_Treaty_Organisation. Official language Russian. Observer in the UN General Assembly since 2004-12-02 (high; http://www.odkb.gov.ru/a/aengl.htm, https://mfa.gov.by/en/mulateral/organization/list/cddd96a3f70190b1.html, https://tass.com/russia/728988). Website https://odkb-csto.org. Described in 2011 by source article-2011 (seven members: Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan).',54);
INSERT INTO "organization" VALUES(2,'CRRF','Collective Rapid Reaction Force',NULL,'2009-02-04','day',NULL,'day',NULL,1,1,'Founded = the Collective Security Council''s decision ''On the Collective Rapid Reaction Forces'' of 2009-02-04 (extraordinary session, Moscow), as the agreement''s preamble gives it (a Kremlin page''s 2009-02-24 is contradicted by it). The Agreement on the CRRF (CRRF-AGREEMENT-2009) was signed on 2009-06-14 by Armenia, Kazakhstan, Kyrgyzstan, Russia and Tajikistan, by Belarus in October 2009; Uzbekistan never signed. Named in source article-2011.',62);
INSERT INTO "organization" VALUES(3,'NATO','North Atlantic Treaty Organization','intergovernmental military alliance','1949-08-24','day',NULL,'day','Brussels',NULL,1,'Founded = entry into force of the North Atlantic Treaty (signed 1949-04-04), 1949-08-24 (Art. 11; the US Statutes header and Corriere della Sera, 2019-04-04: https://www.corriere.it/politica/19_aprile_04/mattarella-nato-resta-baluardo-pace-l-adesione-fondamento-politica-estera-dell-italia-76d006e2-56de-11e9-90e6-51f9d2c65261.shtml). The Secretary General''s office dates from February 1952 (NATO Declassified, https://www.nato.int/cps/en/natohq/declassified_137930.htm). Headquarters: London until April 1952, Paris (Palais de Chaillot, then Porte Dauphine from December 1959) until 1967, Brussels since (organization events). 32 members since 2024-03-07.',85);
INSERT INTO "organization" VALUES(4,'CIS','Commonwealth of Independent States','regional intergovernmental organization','1991-12-08','day',NULL,'day','Minsk',NULL,1,'Founded 1991-12-08: the Agreement establishing the CIS, signed by Belarus, Russia and Ukraine; the Alma-Ata Protocol of 1991-12-21 made it eleven. Its founding instruments are the Agreement (CIS-AGREEMENT-1991), the Protocol (ALMA-ATA-PROTOCOL-1991) and the Charter (CIS-CHARTER-1993). The CIS distinguishes participants of the Agreement (1991 on), members under the Charter (art. 7, from 1994-01-22) and, since 2005, Turkmenistan as an associate. Seat of its coordinating bodies and of the Executive Committee: Minsk. A state leaves 12 months after notifying the depositary (Charter art. 9).',150);
INSERT INTO "organization" VALUES(5,'CSTO-PA','Parliamentary Assembly of the Collective Security Treaty Organization','parliamentary assembly','2006-11-16','day',NULL,'day','Saint Petersburg',1,1,'Created by the resolution ''On measures for creating a parliamentary dimension of the CSTO'', adopted on 2006-11-16 in St Petersburg by the parliamentarians of six CSTO states at the CIS Inter-Parliamentary Assembly (Uzbekistan did not sign); Provisional Regulations of 2007-03-30 (Federation Council page http://council.gov.ru/en/activity/crosswork/dep/71/). Seat: the Tauride Palace, St Petersburg, with the CIS Inter-Parliamentary Assembly. A partnership status was introduced on 2021-07-01. The Parliamentary Assembly of the Union State of Belarus and Russia has also been an observer since 2013 (an organization, not a state: not recorded as a membership).',75);
INSERT INTO "organization" VALUES(6,'CIS-CHS','Council of Heads of State of the Commonwealth of Independent States','statutory body','1991-12-30','day',NULL,'day',NULL,4,1,'The CIS''s supreme body. Founded = the Provisional Agreement on the two councils signed in Minsk on 1991-12-30 (the heads of state had first met as such at Alma-Ata on 1991-12-21); the Charter (1993) lists it first among the statutory bodies.',162);
INSERT INTO "organization" VALUES(7,'CIS-CHG','Council of Heads of Government of the Commonwealth of Independent States','statutory body','1991-12-30','day',NULL,'day',NULL,4,1,'Founded = the Provisional Agreement on the two councils signed in Minsk on 1991-12-30.',162);
INSERT INTO "organization" VALUES(8,'CIS-CFM','Council of Foreign Ministers of the Commonwealth of Independent States','statutory body',NULL,'day',NULL,'day',NULL,4,1,'Provided for by the Charter (art. 27). Its first regulation was approved on 1993-09-24 by the Russian encyclopedia''s account only (not recorded as its founding day); new regulations of 1999-04-02 and 2017-10-11 (the 2017 decision).',165);
INSERT INTO "organization" VALUES(9,'CIS-IPA','Inter-Parliamentary Assembly of Member States of the Commonwealth of Independent States','statutory body','1992-03-27','day',NULL,'day','Saint Petersburg',4,1,'Created by the agreement signed at Alma-Ata on 1992-03-27; the Convention of 1995-05-26 (Minsk) made it an international organization (Aravot). It sits at the Tauride Palace, St Petersburg. Moldova denounced the Convention in July 2023.',163);
INSERT INTO "organization" VALUES(10,'CIS-ECONOMIC-COURT','Economic Court of the Commonwealth of Independent States','statutory body','1992-07-06','day',NULL,'day','Minsk',4,1,'Founded = the Agreement on its status signed in Moscow on 1992-07-06 (the court itself was provided for by art. 5 of the agreement of 1992-05-15). Seat: Minsk.',164);
INSERT INTO "organization" VALUES(11,'CIS-EXECUTIVE-COMMITTEE','Executive Committee of the Commonwealth of Independent States','statutory body','1999-04-02','day',NULL,'day','Minsk',4,1,'Created by the Council of Heads of State on 1999-04-02 from the Executive Secretariat (which dated from 1993), the Interstate Economic Committee''s staff and nine sectoral bodies'' staffs: the CIS''s permanent executive, administrative and coordinating body, and in practice the depositary of its documents. Its head is the CIS''s chief executive.',160);
INSERT INTO "state" VALUES(1,'AM','Armenia','AM','ARM',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(2,'BY','Belarus','BY','BLR',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(3,'KZ','Kazakhstan','KZ','KAZ',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(4,'KG','Kyrgyzstan','KG','KGZ',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(5,'RU','Russian Federation','RU','RUS',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(6,'TJ','Tajikistan','TJ','TJK',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(7,'UZ','Uzbekistan','UZ','UZB',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(8,'AZ','Azerbaijan','AZ','AZE',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(9,'GE','Georgia','GE','GEO',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(10,'BE','Belgium','BE','BEL',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(11,'CA','Canada','CA','CAN',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(12,'DK','Denmark','DK','DNK',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(13,'FR','France','FR','FRA',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(14,'IS','Iceland','IS','ISL',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(15,'IT','Italy','IT','ITA',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(16,'LU','Luxembourg','LU','LUX',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(17,'NL','Netherlands','NL','NLD',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(18,'NO','Norway','NO','NOR',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(19,'PT','Portugal','PT','PRT',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(20,'GB','United Kingdom','GB','GBR',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(21,'US','United States','US','USA',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(22,'GR','Greece','GR','GRC',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(23,'TR','Turkey (Türkiye)','TR','TUR',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(24,'DE','Germany','DE','DEU',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(25,'ES','Spain','ES','ESP',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(26,'CZ','Czechia','CZ','CZE',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(27,'HU','Hungary','HU','HUN',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(28,'PL','Poland','PL','POL',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(29,'BG','Bulgaria','BG','BGR',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(30,'EE','Estonia','EE','EST',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(31,'LV','Latvia','LV','LVA',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(32,'LT','Lithuania','LT','LTU',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(33,'RO','Romania','RO','ROU',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(34,'SK','Slovakia','SK','SVK',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(35,'SI','Slovenia','SI','SVN',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(36,'AL','Albania','AL','ALB',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(37,'HR','Croatia','HR','HRV',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(38,'ME','Montenegro','ME','MNE',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(39,'MK','North Macedonia','MK','MKD',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(40,'FI','Finland','FI','FIN',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(41,'SE','Sweden','SE','SWE',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(42,'UA','Ukraine','UA','UKR',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(43,'MD','Moldova','MD','MDA',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(44,'TM','Turkmenistan','TM','TKM',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(45,'RS','Serbia','RS','SRB',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "state" VALUES(46,'AF','Afghanistan','AF','AFG',NULL,NULL,'day',NULL,'day',53);
INSERT INTO "organization_name" VALUES(1,1,'ОДКБ','ru');
INSERT INTO "organization_name" VALUES(2,1,'Организация Договора о коллективной безопасности','ru');
INSERT INTO "organization_name" VALUES(3,1,'Collective Security Treaty Organisation','en');
INSERT INTO "organization_name" VALUES(4,4,'СНГ','ru');
INSERT INTO "organization_name" VALUES(5,4,'Содружество Независимых Государств','ru');
INSERT INTO "organization_name" VALUES(6,5,'ПА ОДКБ','ru');
INSERT INTO "organization_name" VALUES(7,5,'Парламентская Ассамблея ОДКБ','ru');
INSERT INTO "organization_name" VALUES(8,5,'CSTO Parliamentary Assembly','en');
INSERT INTO "organization_name" VALUES(9,6,'Совет глав государств СНГ','ru');
INSERT INTO "organization_name" VALUES(10,7,'Совет глав правительств СНГ','ru');
INSERT INTO "organization_name" VALUES(11,8,'Совет министров иностранных дел СНГ','ru');
INSERT INTO "organization_name" VALUES(12,9,'Межпарламентская Ассамблея государств — участников СНГ','ru');
INSERT INTO "organization_name" VALUES(13,9,'МПА СНГ','ru');
INSERT INTO "organization_name" VALUES(14,10,'Экономический суд СНГ','ru');
INSERT INTO "organization_name" VALUES(15,11,'Исполнительный комитет СНГ','ru');
INSERT INTO "organization_name" VALUES(16,11,'Исполком СНГ','ru');
INSERT INTO "person" VALUES(1,'nikolay-bordyuzha','Nikolay Bordyuzha','Nikolai Nikolayevich Bordyuzha',5,63);
INSERT INTO "person" VALUES(2,'valery-semerikov','Valery Semerikov','Valery Anatolyevich Semerikov',5,64);
INSERT INTO "person" VALUES(3,'yuri-khachaturov','Yuri Khachaturov','Yury Khachaturov; Yuri Grigoryevich Khachaturov',1,65);
INSERT INTO "person" VALUES(4,'stanislav-zas','Stanislav Zas','Stanislav Vasilyevich Zas',2,17);
INSERT INTO "person" VALUES(5,'imangali-tasmagambetov','Imangali Tasmagambetov','Imangali Nurgaliyevich Tasmagambetov',3,18);
INSERT INTO "person" VALUES(6,'taalatbek-masadykov','Taalatbek Masadykov',NULL,4,67);
INSERT INTO "person" VALUES(7,'jaap-de-hoop-scheffer','Jaap de Hoop Scheffer',NULL,17,37);
INSERT INTO "person" VALUES(8,'anders-fogh-rasmussen','Anders Fogh Rasmussen',NULL,12,38);
INSERT INTO "person" VALUES(9,'jens-stoltenberg','Jens Stoltenberg',NULL,18,39);
INSERT INTO "person" VALUES(10,'mark-rutte','Mark Rutte',NULL,17,98);
INSERT INTO "person" VALUES(11,'hastings-ismay','Hastings Ismay','Lord Ismay; Hastings Lionel Ismay, 1st Baron Ismay',20,86);
INSERT INTO "person" VALUES(12,'paul-henri-spaak','Paul-Henri Spaak',NULL,10,88);
INSERT INTO "person" VALUES(13,'dirk-stikker','Dirk Stikker','Dirk Uipko Stikker',17,89);
INSERT INTO "person" VALUES(14,'manlio-brosio','Manlio Brosio',NULL,15,90);
INSERT INTO "person" VALUES(15,'joseph-luns','Joseph Luns',NULL,17,91);
INSERT INTO "person" VALUES(16,'peter-carington','Peter Carington','Lord Carrington; Peter Carington, 6th Baron Carrington',20,92);
INSERT INTO "person" VALUES(17,'manfred-woerner','Manfred Wörner','Manfred Woerner',24,93);
INSERT INTO "person" VALUES(18,'sergio-balanzino','Sergio Balanzino','Sergio Silvio Balanzino',15,94);
INSERT INTO "person" VALUES(19,'willy-claes','Willy Claes',NULL,10,95);
INSERT INTO "person" VALUES(20,'javier-solana','Javier Solana','Javier Solana de Madariaga',25,96);
INSERT INTO "person" VALUES(21,'george-robertson','George Robertson','Lord Robertson; George Robertson, Baron Robertson of Port Ellen',20,97);
INSERT INTO "person" VALUES(22,'alessandro-minuto-rizzo','Alessandro Minuto-Rizzo','Alessandro Minuto Rizzo',15,134);
INSERT INTO "person" VALUES(23,'ivan-korotchenya','Ivan Korotchenya','Ivan Karatchenya; Иван Коротченя',2,158);
INSERT INTO "person" VALUES(24,'boris-berezovsky','Boris Berezovsky',NULL,5,158);
INSERT INTO "person" VALUES(25,'yury-yarov','Yury Yarov','Юрий Яров',5,167);
INSERT INTO "person" VALUES(26,'vladimir-rushailo','Vladimir Rushailo',NULL,5,161);
INSERT INTO "person" VALUES(27,'sergei-lebedev','Sergei Lebedev','Sergey Lebedev; Сергей Лебедев',5,160);
INSERT INTO "post" VALUES(1,1,'secretary-general','Secretary General',1);
INSERT INTO "post" VALUES(2,3,'secretary-general','Secretary General',1);
INSERT INTO "post" VALUES(3,4,'chief-executive','Chief executive',1);
INSERT INTO "treaty" VALUES(1,'CST-1992','Collective Security Treaty','Tashkent Treaty; Договор о коллективной безопасности','1992-05-15','day','Tashkent','1994-04-20','day',NULL,1,'high','Signed 1992-05-15 in Tashkent (high). Also: http://www.odkb.gov.ru/a/aengl.htm, https://pavlodar.com/zakon/index.html?dok=03122&oraz=00&noraz=0. In force 1994-04-20 for all parties (high; text of the 1999 Prolongation Protocol: "вступившего в силу 20 апреля 1994 года", https://pavlodar.com/zakon/index.html?dok=03122&oraz=00&noraz=0; https://mfa.gov.by/en/mulateral/organization/list/cddd96a3f70190b1.html). Initial term 5 years (Art. 11), expiring 1999-04-20. Registered with the UN Secretariat 1995-11-01 (medium; http://www.odkb.gov.ru/a/aengl.htm). Text: http://www.odkb.gov.ru/b/azbengl.htm, https://cis-legislation.com/document.fwx?rgn=4144. Predecessor instrument of the CSTO.',54);
INSERT INTO "treaty" VALUES(2,'CSTO-CHARTER-2002','Charter of the Collective Security Treaty Organization',NULL,'2002-10-07','day','Chisinau','2003-09-18','day',NULL,1,'high','Signed 2002-10-07 in Chisinau by the presidents of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan (Kremlin text: "on October 7, 2002 in Chisinau"). Also: http://www.odkb.gov.ru/a/aengl.htm ("Kishinev"), https://mfa.gov.by/en/mulateral/organization/list/cddd96a3f70190b1.html. Alternative place: Tashkent (https://www.washingtontimes.com/topics/collective-security-treaty-organization/, https://tass.com/russia/728988); erroneous, contradicted by the Kremlin text. Chosen per fact sheet: Chisinau. In force 2003-09-18 (high; http://www.odkb.gov.ru/a/aengl.htm, https://mfa.gov.by/en/mulateral/organization/list/cddd96a3f70190b1.html, https://windowstorussia.com/csto-collective-security-treaty-organisation-this-is-the-future-for-security.html). Amended by the Protocol on amendments to the Charter of 2010-12-10 (high; https://en.odkb-csto.org/documents/documents/ustav_organizatsii_dogovora_o_kollektivnoy_bezopasnosti_/). Companion instrument: Agreement on the Legal Status of the CSTO (same date and place; same entry into force).',3);
INSERT INTO "treaty" VALUES(3,'CST-PROLONGATION-1999','Protocol on the Prolongation of the Collective Security Treaty of 15 May 1992',NULL,'1999-04-02','day','Moscow','2000-03-22','day',NULL,1,'high','Also: https://pavlodar.com/zakon/index.html?dok=03122&oraz=00&noraz=0 (protocol text). Effect: the Collective Security Treaty (CST-1992) is prolonged for 5 years from 1999-04-21 and thereafter renewed automatically every 5 years (high; protocol text). Signed by Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan; Azerbaijan, Georgia and Uzbekistan did not sign, and the Treaty''s initial term expired for them on 1999-04-20.',57);
INSERT INTO "treaty" VALUES(4,'NAT-1949','North Atlantic Treaty','Washington Treaty','1949-04-04','day','Washington, D.C.','1949-08-24','day','Government of the United States of America',3,'high','Signed 1949-04-04 in Washington, D.C.; ratified by the US Senate 1949-07-21 and the President 1949-07-25, the US instrument deposited 1949-07-25; in force 1949-08-24 (the US Statutes header, 63 Stat. 2241, TIAS 1964), on the deposit of the ratifications of a majority of the signatories including BE, CA, FR, LU, NL, GB and US (Art. 11). Depositary: the Government of the United States. A state becomes a Party on the day it deposits its instrument of accession with the US Government (Art. 10; https://www.nato.int/docu/pr/2004/p04-028e.htm). Each accession follows a protocol the Parties sign and accept (the NAT-PROTOCOL-* treaties). The founders'' own deposit days, other than the US''s, were not found (the proclamation of 1949-08-24 and UNTS vol. 34 p. 243 should list them). Languages: English and French.',85);
INSERT INTO "treaty" VALUES(5,'CIS-AGREEMENT-1991','Agreement on the Establishment of the Commonwealth of Independent States','Belovezha Accords','1991-12-08','day',NULL,NULL,'day',NULL,4,'high','Signed on 1991-12-08 at Viskuli (dated Minsk) by Belarus, Russia and Ukraine; it entered into force for each party on its ratification. With the Alma-Ata Protocol of 1991-12-21 it founded the CIS; the Charter of 1993 followed. Art. 14 names Minsk as the seat of the coordinating bodies.',150);
INSERT INTO "treaty" VALUES(6,'ALMA-ATA-PROTOCOL-1991','Alma-Ata Protocol','Alma-Ata Declaration','1991-12-21','day','Alma-Ata (Almaty)',NULL,'day',NULL,4,'high','Protocol to the Agreement establishing the CIS, signed at Alma-Ata on 1991-12-21 by Armenia, Azerbaijan, Belarus, Kazakhstan, Kyrgyzstan, Moldova, Russia, Tajikistan, Turkmenistan, Ukraine and Uzbekistan, which ''on an equal basis and as High Contracting Parties form the Commonwealth''; the Agreement enters into force for each on its ratification (so the ratification rows are on CIS-AGREEMENT-1991). Moldova''s foreign minister dated it 1991-12-22 in 2026 (a slip; the register text is of 21 December).',169);
INSERT INTO "treaty" VALUES(7,'CIS-CHARTER-1993','Charter of the Commonwealth of Independent States','CIS Charter','1993-01-22','day','Minsk','1994-01-22','day','Government of the Republic of Belarus',4,'high','Adopted by the Council of Heads of State in Minsk on 1993-01-22 and signed that day by Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan (Moldova, Turkmenistan and Ukraine refused; Azerbaijan attended as an observer). In force 1994-01-22 for the founding states that had deposited their instruments of ratification with the Government of Belarus (final provisions: one year after its adoption), later for each on its deposit. Art. 7: the members are the founding states that assume its obligations within a year; art. 9: a state leaves 12 months after notifying the depositary. Registered with the UN on 1994-08-03 (UNTS vol. 1819, No. 31139).',170);
INSERT INTO "treaty" VALUES(8,'CRRF-AGREEMENT-2009','Agreement on the Collective Rapid Reaction Forces of the Collective Security Treaty Organization','Соглашение о Коллективных силах оперативного реагирования Организации Договора о коллективной безопасности','2009-06-14','day','Moscow','2010-09-10','day',NULL,2,'medium','Signed at the Collective Security Council session in Moscow; entered into force on 2010-09-10 (Bulletin of International Treaties of the Republic of Kazakhstan, 2010, No. 6, art. 65; one source). Its preamble cites the Council''s decision ''On the Collective Rapid Reaction Forces'' of 2009-02-04. Uzbekistan did not sign it.',62);
INSERT INTO "treaty" VALUES(9,'NAT-PROTOCOL-1951-GR-TR','Protocol to the North Atlantic Treaty on the Accession of Greece and Turkey',NULL,'1951-10-22','day','London','1952-02-15','day','Government of the United States of America',3,'medium','Signed by the Council Deputies of the twelve Parties between 17 and 22 October 1951; NATO dates it by the last signature, 22 October 1951. In force 1952-02-15: one source, FRUS 1952-54 vol. V part 1, doc. 142 (''The formal accession of Greece and Turkey took effect on February 15, 1952'', https://history.state.gov/historicaldocuments/frus1952-54v05p1/d142), so medium. Greece and Turkey deposited their instruments of accession on 1952-02-18. The Parties'' acceptance days were not found.',99);
INSERT INTO "treaty" VALUES(10,'NAT-PROTOCOL-1954-DE','Protocol to the North Atlantic Treaty on the Accession of the Federal Republic of Germany',NULL,'1954-10-23','day','Paris','1955-05-05','day','Government of the United States of America',3,'medium','Part of the Paris Agreements, signed at the Palais de Chaillot. In force when all Parties had accepted it and the Protocol modifying the Brussels Treaty was in force (Art. II): 1955-05-05, the day the Paris Agreements entered into force (German Interior Ministry history site, https://ausstellung.geschichte-innenministerien.de/chronik/chronik-detail/detail/brd-wird-mitglied-der-nato), inferred, so medium. Germany deposited its instrument of accession on 1955-05-06. The Parties'' acceptance days were not found.',101);
INSERT INTO "treaty" VALUES(11,'NAT-PROTOCOL-1981-ES','Protocol to the North Atlantic Treaty on the Accession of Spain',NULL,'1981-12-10','day','Brussels','1982-05-01','month','Government of the United States of America',3,'medium','Signed in Brussels on 1981-12-10 (President Reagan''s message to the Senate). In force by 1982-05-29, when all Parties had deposited their acceptances and the Secretary General invited Spain (Revue Défense Nationale, 1982, citing NATO''s communiqué of 30 May 1982); the day of the last acceptance was not found, so the month only. Spain deposited its instrument of accession on 1982-05-30.',102);
INSERT INTO "treaty" VALUES(12,'NAT-PROTOCOL-1997-CZ','Protocol to the North Atlantic Treaty on the Accession of the Czech Republic',NULL,'1997-12-16','day','Brussels','1999-01-01','month','Government of the United States of America',3,'medium','One of three protocols (the Czech Republic, Hungary, Poland) signed at NATO headquarters on 1997-12-16. In force once all 16 Allies had accepted it, which let the Secretary General invite the three in January 1999 (White House fact sheet of 1999-04-23, https://clintonwhitehouse6.archives.gov/1999/04/1999-04-23-fact-sheet-on-natos-newest-members.html); the day was not found, so the month only. The instruments of accession were deposited on 1999-03-12.',104);
INSERT INTO "treaty" VALUES(13,'NAT-PROTOCOL-1997-HU','Protocol to the North Atlantic Treaty on the Accession of the Republic of Hungary',NULL,'1997-12-16','day','Brussels','1999-01-01','month','Government of the United States of America',3,'medium','One of three protocols (the Czech Republic, Hungary, Poland) signed at NATO headquarters on 1997-12-16. In force once all 16 Allies had accepted it, which let the Secretary General invite the three in January 1999 (White House fact sheet of 1999-04-23, https://clintonwhitehouse6.archives.gov/1999/04/1999-04-23-fact-sheet-on-natos-newest-members.html); the day was not found, so the month only. The instruments of accession were deposited on 1999-03-12.',104);
INSERT INTO "treaty" VALUES(14,'NAT-PROTOCOL-1997-PL','Protocol to the North Atlantic Treaty on the Accession of the Republic of Poland',NULL,'1997-12-16','day','Brussels','1999-01-01','month','Government of the United States of America',3,'medium','One of three protocols (the Czech Republic, Hungary, Poland) signed at NATO headquarters on 1997-12-16. In force once all 16 Allies had accepted it, which let the Secretary General invite the three in January 1999 (White House fact sheet of 1999-04-23, https://clintonwhitehouse6.archives.gov/1999/04/1999-04-23-fact-sheet-on-natos-newest-members.html); the day was not found, so the month only. The instruments of accession were deposited on 1999-03-12.',104);
INSERT INTO "treaty" VALUES(15,'NAT-PROTOCOL-2003-BG','Protocol to the North Atlantic Treaty on the Accession of the Republic of Bulgaria',NULL,'2003-03-26','day','Brussels',NULL,'day','Government of the United States of America',3,'high','One of seven protocols signed at NATO headquarters on 2003-03-26 by the 19 Parties. Entry into force not found for this protocol: all Parties had accepted the seven protocols by 2004-03-02 (NATO press release 2004-028), and those for Romania and Lithuania entered into force on 2004-02-27, so probably that day too. The instruments of accession were deposited on 2004-03-29.',106);
INSERT INTO "treaty" VALUES(16,'NAT-PROTOCOL-2003-EE','Protocol to the North Atlantic Treaty on the Accession of the Republic of Estonia',NULL,'2003-03-26','day','Brussels',NULL,'day','Government of the United States of America',3,'high','One of seven protocols signed at NATO headquarters on 2003-03-26 by the 19 Parties. Entry into force not found for this protocol: all Parties had accepted the seven protocols by 2004-03-02 (NATO press release 2004-028), and those for Romania and Lithuania entered into force on 2004-02-27, so probably that day too. The instruments of accession were deposited on 2004-03-29.',106);
INSERT INTO "treaty" VALUES(17,'NAT-PROTOCOL-2003-LV','Protocol to the North Atlantic Treaty on the Accession of the Republic of Latvia',NULL,'2003-03-26','day','Brussels',NULL,'day','Government of the United States of America',3,'high','One of seven protocols signed at NATO headquarters on 2003-03-26 by the 19 Parties. Entry into force not found for this protocol: all Parties had accepted the seven protocols by 2004-03-02 (NATO press release 2004-028), and those for Romania and Lithuania entered into force on 2004-02-27, so probably that day too. The instruments of accession were deposited on 2004-03-29.',106);
INSERT INTO "treaty" VALUES(18,'NAT-PROTOCOL-2003-LT','Protocol to the North Atlantic Treaty on the Accession of the Republic of Lithuania',NULL,'2003-03-26','day','Brussels','2004-02-27','day','Government of the United States of America',3,'high','One of seven protocols signed at NATO headquarters on 2003-03-26 by the 19 Parties. In force 2004-02-27 (Polish government statement of 2005-07-11). The instruments of accession were deposited on 2004-03-29.',108);
INSERT INTO "treaty" VALUES(19,'NAT-PROTOCOL-2003-RO','Protocol to the North Atlantic Treaty on the Accession of Romania',NULL,'2003-03-26','day','Brussels','2004-02-27','day','Government of the United States of America',3,'high','One of seven protocols signed at NATO headquarters on 2003-03-26 by the 19 Parties. In force 2004-02-27 (the Dutch legislation portal; the last acceptances, Turkey''s and the United States'', are of that day). The instruments of accession were deposited on 2004-03-29.',107);
INSERT INTO "treaty" VALUES(20,'NAT-PROTOCOL-2003-SK','Protocol to the North Atlantic Treaty on the Accession of the Slovak Republic',NULL,'2003-03-26','day','Brussels',NULL,'day','Government of the United States of America',3,'high','One of seven protocols signed at NATO headquarters on 2003-03-26 by the 19 Parties. Entry into force not found for this protocol: all Parties had accepted the seven protocols by 2004-03-02 (NATO press release 2004-028), and those for Romania and Lithuania entered into force on 2004-02-27, so probably that day too. The instruments of accession were deposited on 2004-03-29.',106);
INSERT INTO "treaty" VALUES(21,'NAT-PROTOCOL-2003-SI','Protocol to the North Atlantic Treaty on the Accession of the Republic of Slovenia',NULL,'2003-03-26','day','Brussels',NULL,'day','Government of the United States of America',3,'high','One of seven protocols signed at NATO headquarters on 2003-03-26 by the 19 Parties. Entry into force not found for this protocol: all Parties had accepted the seven protocols by 2004-03-02 (NATO press release 2004-028), and those for Romania and Lithuania entered into force on 2004-02-27, so probably that day too. The instruments of accession were deposited on 2004-03-29.',106);
INSERT INTO "treaty" VALUES(22,'NAT-PROTOCOL-2008-AL','Protocol to the North Atlantic Treaty on the Accession of the Republic of Albania',NULL,'2008-07-09','day','Brussels','2009-03-27','day','Government of the United States of America',3,'high','One of two protocols (Albania, Croatia) signed at NATO headquarters on 2008-07-09 by the permanent representatives of the 26 Parties, with the invitees'' foreign ministers (Deutsche Welle, 2008-07-09). In force 2009-03-27 (Czech Collection of International Treaties, 49/2016). The instruments of accession were deposited on 2009-04-01.',111);
INSERT INTO "treaty" VALUES(23,'NAT-PROTOCOL-2008-HR','Protocol to the North Atlantic Treaty on the Accession of the Republic of Croatia',NULL,'2008-07-09','day','Brussels','2009-03-30','day','Government of the United States of America',3,'medium','One of two protocols (Albania, Croatia) signed at NATO headquarters on 2008-07-09 by the permanent representatives of the 26 Parties, with the invitees'' foreign ministers (Deutsche Welle, 2008-07-09). In force 2009-03-30, when Slovenia, the last Party, deposited its acceptance (Xinhua, 2009-04-02; HINA, https://hina.hr/news/11579842, dates the Secretary General''s invitation to Croatia the same day); no official notice read, so medium. The instruments of accession were deposited on 2009-04-01.',112);
INSERT INTO "treaty" VALUES(24,'NAT-PROTOCOL-2016-ME','Protocol to the North Atlantic Treaty on the Accession of Montenegro',NULL,'2016-05-19','day','Brussels',NULL,'day','Government of the United States of America',3,'high','Signed in Brussels on 2016-05-19 by the foreign ministers of the 28 Parties. In force between 2017-06-01 (when the Netherlands'' approval took effect) and 2017-06-05; the day was not found. Montenegro deposited its instrument of accession on 2017-06-05.',114);
INSERT INTO "treaty" VALUES(25,'NAT-PROTOCOL-2019-MK','Protocol to the North Atlantic Treaty on the Accession of the Republic of North Macedonia',NULL,'2019-02-06','day','Brussels','2020-03-19','day','Government of the United States of America',3,'high','Signed in Brussels on 2019-02-06 by the 29 Parties (Dutch treaty gazette, Trb. 2019, 24). In force 2020-03-19 under its Art. II (Czech Collection of International Treaties, 19/2020); Spain''s acceptance was the last. North Macedonia deposited its instrument of accession on 2020-03-27.',117);
INSERT INTO "treaty" VALUES(26,'NAT-PROTOCOL-2022-FI','Protocol to the North Atlantic Treaty on the Accession of the Republic of Finland',NULL,'2022-07-05','day','Brussels','2023-04-04','day','Government of the United States of America',3,'high','Signed at NATO headquarters on 2022-07-05 by the ambassadors of the 30 Parties. In force on 2023-04-04, when Türkiye, the last Party, deposited its acceptance at NATO headquarters; Finland deposited its instrument of accession the same day.',120);
INSERT INTO "treaty" VALUES(27,'NAT-PROTOCOL-2022-SE','Protocol to the North Atlantic Treaty on the Accession of the Kingdom of Sweden',NULL,'2022-07-05','day','Brussels','2024-03-07','day','Government of the United States of America',3,'high','Signed at NATO headquarters on 2022-07-05 by the ambassadors of the 30 Parties. In force on 2024-03-07 under its Art. II (Czech Collection of Laws, 425/2025; the US depositary notice as TASR quotes it); Sweden deposited its instrument of accession the same day.',135);
INSERT INTO "membership_event" VALUES(1,7,'2012-06-20','day','suspension note sent','Note on suspension of membership sent to the CSTO Secretariat (per the Uzbek agency Jahon via Xinhua; single source).','medium',82);
INSERT INTO "membership_event" VALUES(2,7,'2012-06-28','day','suspension announced','CSTO Secretariat confirms receipt of Uzbekistan''s note suspending its membership (public announcement). Also: http://rt.com/politics/uzbekistan-quits-pro-russian-bloc-996/, https://www.atlanticcouncil.org/blogs/natosource/uzbekistan-quits-russiadominated-security-pact-csto/.','high',6);
INSERT INTO "membership_event" VALUES(3,7,'2012-12-19','day','suspended','Collective Security Council (Moscow) formally suspends Uzbekistan''s membership. Also: https://m.day.kyiv.ua/en/article/day-after-day/putin-confused-csto-club-getting-narrower.','high',12);
INSERT INTO "membership_event" VALUES(4,1,'2023-11-23','day','summit boycott','PM Pashinyan boycotts the CSTO summit in Minsk. Also: https://see.news/armenia-suspends-participation-in-collective-security-treaty-organization.','high',68);
INSERT INTO "membership_event" VALUES(5,1,'2024-02-22','day','participation frozen','Pashinyan tells France 24 that Armenia has ''frozen'' its participation in the CSTO (interview published 22-23 Feb). No formal notification; RIA reported the Secretariat received none. Also: https://www.rt.com/russia/592986-armenian-suspends-pact-russia/, https://novayagazeta.eu/articles/2024/02/23/armenia-suspends-participation-in-russian-led-collective-security-treaty-organisation-en-news.','high',69);
INSERT INTO "membership_event" VALUES(6,1,'2024-05-08','day','budget refusal','Armenian MFA: Armenia will not sign the 2024 CSTO budget decision (of 2023-11-23) nor finance the organization; it will not block others. Also: https://en.trend.az/scaucasus/armenia/3911658.html.','high',22);
INSERT INTO "membership_event" VALUES(7,1,'2024-06-12','day','statement','Pashinyan in parliament: ''We will leave... we will decide when''; FM Mirzoyan says no withdrawal has been announced yet. Also: https://en.trend.az/scaucasus/armenia/3911658.html.','high',23);
INSERT INTO "membership_event" VALUES(8,1,'2024-08-31','day','statement','Pashinyan: participation frozen ''at all levels'' (press conference; exact day not confirmed; single source, a Business Insider reprint citing ISW).','medium',70);
INSERT INTO "membership_event" VALUES(9,1,'2024-11-28','day','summit absence','Armenia skips the CSTO summit in Astana; does not object to the documents, adopted in a limited format. Also: https://m.aniq.uz/yangiliklar/pashinyan-ostonada-bulib-utadigan-kxsht-sammitida-qatnashmaydi.','medium',83);
INSERT INTO "membership_event" VALUES(10,1,'2025-03-07','day','statement','Russian Deputy FM Pankin: Armenia has not notified withdrawal and remains a member; two years of non-payment by 2026-01-01 may prompt a discussion of ''modalities'', not expulsion. Also: https://eadaily.com/en/news/2025/03/08/russia-has-set-a-deadline-for-armenia-we-will-not-expel-but-please-decide, https://panarmenian.net/m/eng/news/320153.','high',26);
INSERT INTO "membership_event" VALUES(11,1,'2025-11-27','day','summit absence','Armenia does not attend the Collective Security Council session in Bishkek but does not oppose the agreed documents; Kremlin (Ushakov): Armenia remains a de jure full member. Also: https://abcmedia.am/en/news/212205, https://m.aniq.uz/yangiliklar/pashinyan-ostonada-bulib-utadigan-kxsht-sammitida-qatnashmaydi.','high',74);
INSERT INTO "membership_event" VALUES(12,49,'2008-08-12','day','withdrawal announced','President Saakashvili announces the intent to leave the CIS. Also: https://rt.com/news/georgia-officially-quits-cis.','high',44);
INSERT INTO "membership_event" VALUES(13,49,'2008-08-14','day','withdrawal vote','Parliament votes unanimously to leave the CIS. Also: https://messenger.com.ge/issues/1921_august_18_2009/1921_temo.html.','high',45);
INSERT INTO "membership_event" VALUES(14,49,'2008-08-18','day','withdrawal notified','MFA note notifying the CIS Executive Committee; withdrawal effective 12 months later. Also: https://www.panarmenian.net/eng/world/news/27321/.','high',45);
INSERT INTO "membership_event" VALUES(15,51,'2014-01-01','year','withdrawal announced','New leadership announces the start of withdrawal; a bill was submitted to parliament in October 2014 (not considered).','medium',48);
INSERT INTO "membership_event" VALUES(16,51,'2018-05-02','day','participation termination decided','The National Security and Defence Council decides to end Ukraine''s participation in the CIS statutory bodies (''On the suspension for Ukraine of certain international treaties concluded within the CIS'').','high',155);
INSERT INTO "membership_event" VALUES(17,51,'2018-05-19','day','participation in the statutory bodies ended','Presidential Decree No. 139/2018 enacts the Council''s decision; Poroshenko recalls all Ukrainian representatives from the CIS statutory bodies. Ukraine has not denounced the Agreement.','high',48);
INSERT INTO "membership_event" VALUES(18,45,'2023-07-07','day','IPA convention denunciation vote','Parliament votes (first reading) to denounce the Convention on the CIS Inter-Parliamentary Assembly. Also: https://moldovalive.md/we-cant-be-near-the-killers-moldova-denounced-the-convention-on-the-interparliamentary-assembly-of-cis-states/.','high',50);
INSERT INTO "membership_event" VALUES(19,45,'2026-01-19','day','withdrawal initiated','FM Popsoi: procedure begun to denounce the CIS Charter (1993-01-22), the Establishment Agreement (1991-12-08) and its protocol; withdrawal effective 12 months after official notification. Also: https://tass.com/world/2074299/amp, https://babel.ua/en/news/124415-moldova-has-begun-the-process-of-leaving-the-cis-however-it-will-leave-some-agreements.','high',51);
INSERT INTO "membership_event" VALUES(20,45,'2026-03-20','day','denunciation first reading','Parliament adopts in first reading the denunciation of the Agreement, its Protocol and the Charter (MOLDPRES, 2026-03-20 23:56; BelTA the same evening). The final reading, the notice to the depositary and so the exit date were not found: Moldova is still a member.','high',153);
INSERT INTO "membership_event" VALUES(21,1,'2024-12-04','day','statement','Pashinyan in parliament: ''In essence, we already consider ourselves outside the CSTO'' (no legal act; Armenia does not use its veto).','medium',71);
INSERT INTO "membership_event" VALUES(22,1,'2025-11-26','day','statement','Deputy Foreign Minister Mnatsakan Safaryan: leaving the CSTO is not on the ministry''s agenda; Armenia does not take part in the organization''s work but does not block its decisions.','high',73);
INSERT INTO "membership_event" VALUES(23,11,'1966-03-10','day','withdrawal from the integrated military command announced','President de Gaulle formally announces France''s intention of withdrawing from the integrated military structure (his letter to President Johnson is dated 1966-03-07 by secondary sources).','high',122);
INSERT INTO "membership_event" VALUES(24,11,'1966-07-01','day','withdrawal from the integrated military command','French forces stationed in Germany leave NATO command on 1 July 1966, as France''s aide-mémoire of 1966-03-29 fixed; France remains a Party and a member of the Council. Allied forces and headquarters had to leave France by 1967-04-01.','high',123);
INSERT INTO "membership_event" VALUES(25,11,'2009-03-11','day','return to the integrated military command announced','President Sarkozy announces France''s full return (speech of 2009-03-11, welcomed by the Secretary General the same day); the National Assembly endorsed it on 2009-03-17.','high',124);
INSERT INTO "membership_event" VALUES(26,11,'2009-04-04','day','participation in the integrated military command resumed','Sarkozy tells the Strasbourg-Kehl summit that France resumes ''its full role in the alliance''. No legal effective date was found; the summit is the formal notice to the Allies (he and Obama marked it in Strasbourg on 2009-04-03).','medium',133);
INSERT INTO "membership_event" VALUES(27,20,'1974-08-14','day','withdrawal from the integrated military command','All units of the Greek armed forces withdrawn from assignment, commitment or earmarking to NATO, effective 1974-08-14 (the notification reported to the Defence Planning Committee on 1974-09-16), after the Turkish invasion of Cyprus.','high',125);
INSERT INTO "membership_event" VALUES(28,20,'1980-10-20','day','participation in the integrated military command resumed','Re-integration of Greek forces into the integrated military structure (NATO''s chronology; the Defence Planning Committee''s decision day was not found).','high',126);
INSERT INTO "membership_event" VALUES(29,49,'2008-12-09','day','withdrawal confirmed','Decision of the Council of Foreign Ministers ''on Georgia''s membership in the CIS'', under which Georgia ceases to be a participating state from 2009-08-18 (the CIS''s site as Kommersant quotes it; other reports tie the decision to the Bishkek meeting of 2008-10-09/10).','medium',145);
INSERT INTO "membership_event" VALUES(30,51,'2014-03-20','day','chairmanship renounced','Ukraine''s envoy hands the CIS Executive Committee a note ending Ukraine''s chairmanship of the CIS.','medium',156);
INSERT INTO "membership_event" VALUES(31,51,'2014-10-13','day','bill on leaving registered','Bill No. 5156 on suspending the Agreement establishing the CIS registered in the Verkhovna Rada (never adopted).','medium',154);
INSERT INTO "membership_event" VALUES(32,51,'2018-08-01','month','permanent representation closed','Ukraine''s representation at the CIS statutory bodies in Minsk closed in August 2018 (Lebedev, 2018-08-28); the Executive Committee: Ukraine de jure remains a participating state.','high',157);
INSERT INTO "membership_event" VALUES(33,45,'2026-01-20','day','statement','The foreign ministry: the withdrawal takes effect twelve months after Moldova''s official notice to the CIS Executive Committee (Charter art. 9).','high',42);
INSERT INTO "membership_event" VALUES(34,45,'2026-03-04','day','denunciation approved in committee','Parliament''s foreign policy committee approves its opinions on denouncing the Agreement, its Protocol and the Charter (MOLDPRES via Observatorul; Vedomosti reports it on 03-05).','medium',151);
INSERT INTO "membership_event" VALUES(35,45,'2026-03-11','day','denunciation approved by the government','The government approves the draft laws denouncing the Charter, the Agreement and its Protocol and sends them to parliament.','high',152);
INSERT INTO "tenure" VALUES(1,1,1,'Secretary General',0,'2003-04-28','day','2016-12-31','day','high','Appointed at the Collective Security Council session of 2003-04-28; reappointed 2006-06-23 (Minsk); extended for three years on 2012-12-19/20 (https://knews.kg/2012/12/20/sammit-odkb-prodlil-na-tri-goda-polnomochiya-nikolaya-bordyuzhi); extended to 2017-01-01 by the Collective Security Council decision of 2015-12-21. Secretary General in 2011 per source article-2011. Left office 2016-12-31 (CSTO statement quoted by https://sputnik.by/20170101/nikolaj-bordyuzha-ushel-s-posta-generalnogo-sekretarya-odkb-1026785083.html; also http://asbarez.com/158739/valery-semerikov-named-acting-csto-secretary-general/).',63);
INSERT INTO "tenure" VALUES(2,1,2,'Acting Secretary General',1,'2017-01-01','day','2017-05-01','day','high','Deputy Secretary General, acting Secretary General after Bordyuzha left. Also: https://www.news.tj/en/news/tajikistan/politics/20170103/235017, http://asbarez.com/158739/valery-semerikov-named-acting-csto-secretary-general/. Acting until 2017-05-01; Yuri Khachaturov took up the post 2017-05-02.',64);
INSERT INTO "tenure" VALUES(3,1,3,'Secretary General',0,'2017-05-02','day','2018-11-01','day','high','Appointed 2017-04-14 at the informal Collective Security Council summit in Bishkek (RIA, 2017-04-14, via https://vpk.name/news/179521_yuriya_hachaturova_naznachili_generalnym_sekretarem_odkb.html); took up the post 2017-05-02 (Armenpress). Ended 2018-11-02: early recall initiated by Armenia; relieved by a Collective Security Council decision (Armenpress). Also: https://news.am/eng/news/479079.html, https://armenianclub.com/2018/11/09/asbarez-csto-postpones-decision-on-new-secretary-general.',65);
INSERT INTO "tenure" VALUES(4,1,2,'Acting Secretary General',1,'2018-11-02','day','2019-12-31','day','high','Deputy Secretary General, acting again after Khachaturov was relieved. Also: https://naviny.belsat.eu/en/news/belarusian-general-to-take-post-of-csto-secretary-general-in-january/, https://eng.belta.by/politics/view/csto-leaders-extend-greetings-to-new-csto-secretary-general-126273-2019. End 2019-12-31 inferred from Stanislav Zas taking office 2020-01-01.',66);
INSERT INTO "tenure" VALUES(5,1,4,'Secretary General',0,'2020-01-01','day','2022-12-31','day','high','Appointed 2019-11-28 at the Collective Security Council session in Bishkek. Born 1964-08-18 in Chernihiv region, Ukrainian SSR; represents Belarus. Term rule: 3-year term, appointed by the Collective Security Council on the recommendation of the Council of Foreign Ministers; rotation among member states in Russian alphabetical order per a CSC decision of 2015 (https://tass.com/politics/2058773; BelTA). Also: https://kyrtag.kg/ru/news/novym-gensekom-odkb-stal-stanislav-zas, https://euroradio.fm/en/belarusian-general-zas-approved-csto-secretary-general, https://dzen.ru/a/Y36I2sYT93qW7ys2. End 2022-12-31 inferred from the successor''s start 2023-01-01 and the 3-year term.',17);
INSERT INTO "tenure" VALUES(6,1,5,'Secretary General',0,'2023-01-01','day','2025-12-31','day','high','Appointed 2022-11-23 at the Collective Security Council session in Yerevan. Also: https://www.ir-ia.com/news/csto-appoints-new-secretary-general-at-the-annual-summit-in-armenia/, https://news.mail.ru/politics/55704460, https://tass.com/politics/2058773.',18);
INSERT INTO "tenure" VALUES(7,1,6,'Secretary General',0,'2026-01-01','day',NULL,'day','high','Appointed 2025-11-27 at the Collective Security Council session in Bishkek. Scheduled end of term 2028-12-31 (not recorded as an end date). Previously CSTO Deputy Secretary General from January 2024. Also: https://www.trend.az/casia/kyrgyzstan/4122760.html, https://24.kg/english/352168_Kyrgyzstans_representative_to_take_up_post_of_CSTO_Secretary_General/, https://gazeta.kg/en/policy/158429-v-sekretariate-odkb-proshlo-soveschanie-s-predstavitelem-mid-rossii.html.',67);
INSERT INTO "tenure" VALUES(8,2,7,'Secretary General',0,'2004-01-01','day','2009-07-31','day','high','Appointed by the Council on 2003-09-22 to take up the post on 2004-01-01 (Agence Europe, 2003-09-23; the Dutch foreign ministry). NATO dates his first day at headquarters 2004-01-05 (''took up his duties on 5 January 2004'', https://www.nato.int/docu/update/2004/01-january/e0105a.htm). Rasmussen took up office on 2009-08-01.',37);
INSERT INTO "tenure" VALUES(9,2,8,'Secretary General',0,'2009-08-01','day','2014-09-30','day','high','12th Secretary General. Announced 2009-04-04 at the Strasbourg-Kehl summit; first day at HQ Monday 2009-08-03. End: NATO: his term ''expired on Tuesday'' before Stoltenberg''s start on Wednesday 2014-10-01. Also: https://liquisearch.com/anders_fogh_rasmussen/nato_secretary_general, http://www.nato.int/docu/review/Topics/EN/Rasmussen.htm, https://www.nato.int/cps/en/natohq/news_113404.htm, https://twocircles.net/2009aug03/nato_welcomes_denmarks_rasmussen_new_secretary_general.html.',38);
INSERT INTO "tenure" VALUES(10,2,9,'Secretary General',0,'2014-10-01','day','2024-09-30','day','high','13th Secretary General. Appointed 2014-03-28 by the North Atlantic Council. Also: https://www.nato.int/cps/en/natohq/news_113480.htm, https://groundreport.com/i-welcome-the-selection-of-norways-former-prime-minister-jens-stoltenberg-to-be-natos-next-secretary-general-said-secretary-of-defense-chuck-hagel/amp, https://miragenews.com/mark-rutte-selected-as-natos-next-secretary-1264848.',39);
INSERT INTO "tenure" VALUES(11,2,10,'Secretary General',0,'2024-10-01','day',NULL,'day','high','14th Secretary General. Appointed 2024-06-26 by the North Atlantic Council. Also: https://www.aldeparty.eu/rutte_appointed_nato_secretary_general, https://www.chichue.com/2024/10/mark-rutte-new-nato-leader.html. Simple English Wikipedia: Secretary-General of NATO, read via mirror https://simple.m.wikipedia.org/wiki/Secretary-General_of_NATO.',98);
INSERT INTO "tenure" VALUES(12,2,11,'Secretary General',0,'1952-04-04','day','1957-05-15','day','medium','Appointed 1952-03-13; took up office in London on 1952-04-04, the Treaty''s third anniversary (also his own report of 1957, https://www.nato.int/archives/ismayrep/text.htm). Last day from Spaak''s first, which only an encyclopedia gives (NATO: Spaak became Secretary General ''in May 1957'').',86);
INSERT INTO "tenure" VALUES(13,2,12,'Secretary General',0,'1957-05-16','day','1961-04-20','day','low','NATO gives ''May 1957'' for his start and Stikker''s first day, 1961-04-21, for his successor (https://www.nato.int/cv/secgen/spaak.htm; NATO Declassified); the day of his start is the encyclopedia''s only. He had resigned in March 1961.',84);
INSERT INTO "tenure" VALUES(14,2,13,'Secretary General',0,'1961-04-21','day','1964-07-31','day','medium','''Became the third Secretary General on 21 April 1961''; ''Brosio was chosen to succeed him in August 1964'' (last day from Brosio''s first, which only an encyclopedia gives). He announced his resignation to the Council on 1964-04-03 (FRUS 1964-68 vol. XIII).',89);
INSERT INTO "tenure" VALUES(15,2,14,'Secretary General',0,'1964-08-01','day','1971-09-30','day','low','NATO gives ''August 1964'' for his appointment and 1971-10-01 for Luns''s first day; the day of his start is the encyclopedia''s only.',84);
INSERT INTO "tenure" VALUES(16,2,15,'Secretary General',0,'1971-10-01','day','1984-06-24','day','high','NATO: ''Secretary General 01 October 1971 - 25 June 1984'' (the successor''s first day); the same page''s text says ''succeeded by Lord Carrington in May 1984'', contradicted by its own header and by Carrington''s pages.',91);
INSERT INTO "tenure" VALUES(17,2,16,'Secretary General',0,'1984-06-25','day','1988-06-30','day','high','''Came to the helm of the North Atlantic Alliance on 25 June 1984''; Wörner took up his appointment on 1988-07-01.',132);
INSERT INTO "tenure" VALUES(18,2,17,'Secretary General',0,'1988-07-01','day','1994-08-13','day','high','Died in office on 1994-08-13.',93);
INSERT INTO "tenure" VALUES(19,2,18,'Acting Secretary General',1,'1994-08-14','day','1994-10-16','day','medium','Deputy Secretary General (from 1994-02-01), acting after Wörner''s death: ''Deputy Secretary-General Sergio Balanzino is carrying out those duties temporarily'' (AP, 1994-09-26; also The Independent, 1994-08-14). The encyclopedia lists him from 1994-08-13, Wörner''s last day.',94);
INSERT INTO "tenure" VALUES(20,2,19,'Secretary General',0,'1994-10-17','day','1995-10-20','day','high','Took up his tasks at NATO headquarters on 1994-10-17; resigned on Friday 1995-10-20 (Los Angeles Times, 1995-10-21, https://www.latimes.com/archives/la-xpm-1995-10-21-mn-59319-story.html).',95);
INSERT INTO "tenure" VALUES(21,2,18,'Acting Secretary General',1,'1995-10-21','day','1995-12-04','day','low','Acting again after Claes resigned. Contemporary reports read say only that the alliance was ''without a leader since Oct. 20'' (AP, 1995-12-02); his acting spell (20 October - 5 December 1995) is the encyclopedia''s.',84);
INSERT INTO "tenure" VALUES(22,2,20,'Secretary General',0,'1995-12-05','day','1999-10-06','day','medium','Formally appointed by the foreign ministers in Brussels on Tuesday 1995-12-05 (AP, 1995-12-02, announcing the meeting); he arrived at headquarters ''in late December 1995'' (his own words on 1999-10-06, his last day: https://www.nato.int/docu/speech/1999/s991006a.htm). Nobody is named as acting between 1999-10-07 and Robertson''s first day, 1999-10-14.',96);
INSERT INTO "tenure" VALUES(23,2,21,'Secretary General',0,'1999-10-14','day','2003-12-17','day','high','Took up his duties on 1999-10-14 (appointment announced 1999-08-04). Stepped down on 2003-12-17 (Agence Europe, 2003-09-23) and left headquarters that day (The Irish Times, 2003-12-17).',97);
INSERT INTO "tenure" VALUES(24,2,22,'Acting Secretary General',1,'2003-12-18','day','2003-12-31','day','low','Deputy Secretary General (2001-2007), acting between Robertson''s departure and de Hoop Scheffer''s start (the encyclopedia lists 17 December 2003 - 1 January 2004; NATO''s page of him, https://www.nato.int/cv/secgen/rizzo-e.htm, does not say so).',84);
INSERT INTO "tenure" VALUES(25,3,23,'Executive Secretary',0,'1991-12-01','month','1998-04-28','day','medium','''Held the job since 1991'' (RFE/RL); Jamestown says from 1992. He first headed the working group that prepared the councils'' meetings; the Executive Secretariat dates from 1993.',158);
INSERT INTO "tenure" VALUES(26,3,24,'Executive Secretary',0,'1998-04-29','day','1999-03-04','day','high','Appointed at the Moscow summit of 1998-04-29 on Kuchma''s nomination. Yeltsin dismissed him on 1999-03-04; the Council of Heads of State removed him formally only on 1999-04-02.',158);
INSERT INTO "tenure" VALUES(27,3,23,'Acting Executive Secretary',1,'1999-03-05','day','1999-04-01','day','medium','Named acting by Yeltsin''s decision of the evening of 1999-03-04, against the CIS''s procedures (Jamestown).',159);
INSERT INTO "tenure" VALUES(28,3,25,'Chairman of the Executive Committee – Executive Secretary',0,'1999-04-02','day','2004-04-27','day','high','Appointed in Moscow on 1999-04-02, the day the Council of Heads of State created the Executive Committee.',167);
INSERT INTO "tenure" VALUES(29,3,26,'Chairman of the Executive Committee – Executive Secretary',0,'2004-04-28','day','2007-10-04','day','medium','Kuchma, chairing the Council of Heads of State, was to sign his appointment ''on Wednesday'' (2004-04-28, Lenta.ru); a press digest of the next day reports it signed.',161);
INSERT INTO "tenure" VALUES(30,3,27,'Chairman of the Executive Committee – Executive Secretary',0,'2007-10-05','day','2022-12-31','day','high','''From 5 October 2007'' (the Executive Committee; appointed at the Dushanbe summit). Reappointed several times.',160);
INSERT INTO "tenure" VALUES(31,3,27,'Secretary General',0,'2023-01-01','day',NULL,'day','high','The post was renamed Secretary General from 2023-01-01 by the Council of Heads of State (decided at Astana on 2022-10-14); reappointed on 2025-10-10 for 2026-2028 (TASS).',160);
INSERT INTO "organization_event" VALUES(1,3,NULL,'1952-04-16','day','headquarters moved','From London to Paris (the Palais de Chaillot, provisionally): Ismay ''moved to Paris on the 16th April'' 1952; the Council met there first on 1952-04-28.','high',87);
INSERT INTO "organization_event" VALUES(2,3,NULL,'1959-12-01','month','headquarters moved','Into the new building at the Porte Dauphine, Paris (''NATO''s new building becomes operational'', December 1959; the day was not found).','medium',127);
INSERT INTO "organization_event" VALUES(3,3,NULL,'1967-10-16','day','headquarters moved','To Brussels (Evere), after France''s withdrawal from the integrated command: the new headquarters opened officially on 1967-10-16 (the Historical Dictionary of Brussels gives 18 October).','medium',128);
INSERT INTO "organization_event" VALUES(4,3,NULL,'2017-05-25','day','headquarters moved','Handover of the new headquarters on Boulevard Léopold III, Brussels, at the meeting of NATO leaders; the staff moved between 2018-03-19 and mid-June 2018 (the last Council in the old building met on 2018-04-27).','high',129);
INSERT INTO "organization_event" VALUES(5,4,8,'1991-12-20','day','accession deemed not expedient','The National Council of Azerbaijan''s Supreme Soviet decides (No. 32) that joining the CIS ''is not expedient in the present situation''; the President signed the Alma-Ata Protocol the next day.','high',143);
INSERT INTO "organization_event" VALUES(6,4,8,'1992-10-07','day','ratification rejected','Azerbaijan''s parliament votes 48 to 1 against ratifying the CIS founding documents, two days before the Bishkek summit (the month is certain: Library of Congress country study).','medium',168);
INSERT INTO "organization_event" VALUES(7,4,8,'1993-09-20','day','accession','Azerbaijan''s National Assembly resolves, 31 votes to 13, to join the CIS; Heydar Aliyev signed the documents at the Moscow summit of 1993-09-24.','high',142);
INSERT INTO "organization_event" VALUES(8,4,9,'1993-10-08','day','accession announced','Shevardnadze announces after talks in the Kremlin that Georgia will join the CIS.','high',144);
INSERT INTO "organization_event" VALUES(9,4,NULL,'1994-08-03','day','Charter registered with the United Nations','Registered by the CIS Executive Secretariat on behalf of the parties (UNTS No. 31139); the Executive Committee''s own list of events gives 1996-05-24.','medium',147);
INSERT INTO "treaty_action" VALUES(1,1,1,'signature','1992-05-15','day','high','Original signatory (Tashkent). Also: Wikipedia (ru): Организация Договора о коллективной безопасности (https://ru.wikipedia.org/wiki/Организация_Договора_о_коллективной_безопасности), read via mirror https://www.blogen.wiki/blog/ru/.',54);
INSERT INTO "treaty_action" VALUES(2,1,3,'signature','1992-05-15','day','high','Original signatory (Tashkent). Also: Wikipedia (ru): Организация Договора о коллективной безопасности (https://ru.wikipedia.org/wiki/Организация_Договора_о_коллективной_безопасности), read via mirror https://www.blogen.wiki/blog/ru/.',54);
INSERT INTO "treaty_action" VALUES(3,1,4,'signature','1992-05-15','day','high','Original signatory (Tashkent). Also: Wikipedia (ru): Организация Договора о коллективной безопасности (https://ru.wikipedia.org/wiki/Организация_Договора_о_коллективной_безопасности), read via mirror https://www.blogen.wiki/blog/ru/.',54);
INSERT INTO "treaty_action" VALUES(4,1,5,'signature','1992-05-15','day','high','Original signatory (Tashkent). Also: Wikipedia (ru): Организация Договора о коллективной безопасности (https://ru.wikipedia.org/wiki/Организация_Договора_о_коллективной_безопасности), read via mirror https://www.blogen.wiki/blog/ru/.',54);
INSERT INTO "treaty_action" VALUES(5,1,6,'signature','1992-05-15','day','high','Original signatory (Tashkent). Also: Wikipedia (ru): Организация Договора о коллективной безопасности (https://ru.wikipedia.org/wiki/Организация_Договора_о_коллективной_безопасности), read via mirror https://www.blogen.wiki/blog/ru/.',54);
INSERT INTO "treaty_action" VALUES(6,1,7,'signature','1992-05-15','day','high','Original signatory (Tashkent). Also: Wikipedia (ru): Организация Договора о коллективной безопасности (https://ru.wikipedia.org/wiki/Организация_Договора_о_коллективной_безопасности), read via mirror https://www.blogen.wiki/blog/ru/.',54);
INSERT INTO "treaty_action" VALUES(7,1,8,'accession','1993-09-24','day','high','The fact sheet lists this state as a later signatory of the Treaty; recorded as accession. Also: Wikipedia: Collective Security Treaty Organization (revision of 2006-05-28; https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization), read via a mirror on amansaja.com (its full address was not kept); Wikipedia (ru) (https://ru.wikipedia.org/wiki/Организация_Договора_о_коллективной_безопасности), read via mirror https://www.blogen.wiki/blog/ru/.',59);
INSERT INTO "treaty_action" VALUES(8,1,9,'accession','1993-12-09','day','medium','The fact sheet lists this state as a later signatory of the Treaty; recorded as accession. Also: Wikipedia: Collective Security Treaty Organization (revision of 2006-05-28; https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization), read via a mirror on amansaja.com (its full address was not kept). Alternative: 1993-09-09 (ru/uk-Wikipedia mirrors, https://www.blogen.wiki/blog/ru/ and /uk/). Chosen per fact sheet: 1993-12-09 (two sources; also fits Georgia''s CIS accession in December 1993).',59);
INSERT INTO "treaty_action" VALUES(9,1,2,'accession','1993-12-31','day','high','The fact sheet lists this state as a later signatory of the Treaty; recorded as accession. Also: Wikipedia: Collective Security Treaty Organization (revision of 2006-05-28; https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization), read via a mirror on amansaja.com (its full address was not kept); Wikipedia (ru) (https://ru.wikipedia.org/wiki/Организация_Договора_о_коллективной_безопасности), read via mirror https://www.blogen.wiki/blog/ru/.',59);
INSERT INTO "treaty_action" VALUES(10,2,1,'signature','2002-10-07','day','high','Signed in Chisinau; the Kremlin text names the six signing presidents.',3);
INSERT INTO "treaty_action" VALUES(11,2,2,'signature','2002-10-07','day','high','Signed in Chisinau; the Kremlin text names the six signing presidents.',3);
INSERT INTO "treaty_action" VALUES(12,2,3,'signature','2002-10-07','day','high','Signed in Chisinau; the Kremlin text names the six signing presidents.',3);
INSERT INTO "treaty_action" VALUES(13,2,4,'signature','2002-10-07','day','high','Signed in Chisinau; the Kremlin text names the six signing presidents.',3);
INSERT INTO "treaty_action" VALUES(14,2,5,'signature','2002-10-07','day','high','Signed in Chisinau; the Kremlin text names the six signing presidents.',3);
INSERT INTO "treaty_action" VALUES(15,2,6,'signature','2002-10-07','day','high','Signed in Chisinau; the Kremlin text names the six signing presidents.',3);
INSERT INTO "treaty_action" VALUES(16,3,1,'signature','1999-04-02','day','high','Signed in Moscow. Also: https://jamestown.org/program/collective-security-treaty-shrinks-guam-set-to-grow.',56);
INSERT INTO "treaty_action" VALUES(17,3,2,'signature','1999-04-02','day','high','Signed in Moscow. Also: https://jamestown.org/program/collective-security-treaty-shrinks-guam-set-to-grow.',56);
INSERT INTO "treaty_action" VALUES(18,3,3,'signature','1999-04-02','day','high','Signed in Moscow. Also: https://jamestown.org/program/collective-security-treaty-shrinks-guam-set-to-grow.',56);
INSERT INTO "treaty_action" VALUES(19,3,4,'signature','1999-04-02','day','high','Signed in Moscow. Also: https://jamestown.org/program/collective-security-treaty-shrinks-guam-set-to-grow.',56);
INSERT INTO "treaty_action" VALUES(20,3,5,'signature','1999-04-02','day','high','Signed in Moscow. Also: https://jamestown.org/program/collective-security-treaty-shrinks-guam-set-to-grow.',56);
INSERT INTO "treaty_action" VALUES(21,3,6,'signature','1999-04-02','day','high','Signed in Moscow. Also: https://jamestown.org/program/collective-security-treaty-shrinks-guam-set-to-grow.',56);
INSERT INTO "treaty_action" VALUES(22,1,8,'withdrawal','1999-04-20','day','high','did not sign the 1999 prolongation protocol; the treaty''s initial term expired for it on 1999-04-20 (non-renewal; some sources say ''withdrew''). Also: https://armenia.news-pravda.com/world/2025/05/15/16722.html, https://pavlodar.com/zakon/index.html?dok=03122&oraz=00&noraz=0 (expiry 1999-04-20).',11);
INSERT INTO "treaty_action" VALUES(23,1,9,'withdrawal','1999-04-20','day','medium','did not sign the 1999 prolongation protocol; the treaty''s initial term expired for it on 1999-04-20 (non-renewal; some sources say ''withdrew''). Also: Wikipedia: Collective Security Treaty Organization (revision of 2006-05-28; https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization), read via a mirror on amansaja.com (its full address was not kept); https://pavlodar.com/zakon/index.html?dok=03122&oraz=00&noraz=0 (expiry 1999-04-20). Confidence medium as on the fact sheet''s row for Georgia, whose accession date is disputed (1993-12-09 vs 1993-09-09); the expiry date itself is not in dispute.',11);
INSERT INTO "treaty_action" VALUES(24,1,7,'withdrawal','1999-04-20','day','high','did not sign the 1999 prolongation protocol; the treaty''s initial term expired for it on 1999-04-20 (non-renewal; some sources say ''withdrew''); for Uzbekistan some sources say ''suspended''. Also: https://pavlodar.com/zakon/index.html?dok=03122&oraz=00&noraz=0 (expiry 1999-04-20), https://jamestown.org/?p=47522. Jamestown: outside the treaty as of 1999-04-20.',11);
INSERT INTO "treaty_action" VALUES(25,4,10,'signature','1949-04-04','day','high','Original signatory, Washington, D.C. Also: https://usinfo.org/enus/government/forpolicy/protocols_1949.html, https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html.',85);
INSERT INTO "treaty_action" VALUES(26,4,11,'signature','1949-04-04','day','high','Original signatory, Washington, D.C. Also: https://usinfo.org/enus/government/forpolicy/protocols_1949.html, https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html.',85);
INSERT INTO "treaty_action" VALUES(27,4,12,'signature','1949-04-04','day','high','Original signatory, Washington, D.C. Also: https://usinfo.org/enus/government/forpolicy/protocols_1949.html, https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html.',85);
INSERT INTO "treaty_action" VALUES(28,4,13,'signature','1949-04-04','day','high','Original signatory, Washington, D.C. Also: https://usinfo.org/enus/government/forpolicy/protocols_1949.html, https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html.',85);
INSERT INTO "treaty_action" VALUES(29,4,14,'signature','1949-04-04','day','high','Original signatory, Washington, D.C. Also: https://usinfo.org/enus/government/forpolicy/protocols_1949.html, https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html.',85);
INSERT INTO "treaty_action" VALUES(30,4,15,'signature','1949-04-04','day','high','Original signatory, Washington, D.C. Also: https://usinfo.org/enus/government/forpolicy/protocols_1949.html, https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html.',85);
INSERT INTO "treaty_action" VALUES(31,4,16,'signature','1949-04-04','day','high','Original signatory, Washington, D.C. Also: https://usinfo.org/enus/government/forpolicy/protocols_1949.html, https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html.',85);
INSERT INTO "treaty_action" VALUES(32,4,17,'signature','1949-04-04','day','high','Original signatory, Washington, D.C. Also: https://usinfo.org/enus/government/forpolicy/protocols_1949.html, https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html.',85);
INSERT INTO "treaty_action" VALUES(33,4,18,'signature','1949-04-04','day','high','Original signatory, Washington, D.C. Also: https://usinfo.org/enus/government/forpolicy/protocols_1949.html, https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html.',85);
INSERT INTO "treaty_action" VALUES(34,4,19,'signature','1949-04-04','day','high','Original signatory, Washington, D.C. Also: https://usinfo.org/enus/government/forpolicy/protocols_1949.html, https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html.',85);
INSERT INTO "treaty_action" VALUES(35,4,20,'signature','1949-04-04','day','high','Original signatory, Washington, D.C. Also: https://usinfo.org/enus/government/forpolicy/protocols_1949.html, https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html.',85);
INSERT INTO "treaty_action" VALUES(36,4,21,'signature','1949-04-04','day','high','Original signatory, Washington, D.C. Also: https://usinfo.org/enus/government/forpolicy/protocols_1949.html, https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html.',85);
INSERT INTO "treaty_action" VALUES(37,4,21,'depositary','1949-04-04','day','high','The Government of the United States of America is the depositary (Arts. 10, 11); dated at signature. Also: https://mia.mk/pompeo-north-macedonia-becomes-nato-s-30th-ally/?lang=en, https://www.einpresswire.com/article/694151149/sweden-is-a-nato-member.',85);
INSERT INTO "treaty_action" VALUES(38,4,22,'accession','1952-02-18','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Also: http://spravo4niki.com/skolko.php?id=23, https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html (Wikipedia 2011 copy).',100);
INSERT INTO "treaty_action" VALUES(39,4,23,'accession','1952-02-18','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Also: http://spravo4niki.com/skolko.php?id=23.',100);
INSERT INTO "treaty_action" VALUES(40,4,24,'accession','1955-05-06','day','high','Instrument of accession deposited with the US Government; same sources as the membership. NATO text: instrument of accession deposited 1955-05-06. Also: https://news.alayham.com/content/potsdam-agreement-notwithstanding-nato-celebrates-60-years-german-membership, https://fdocuments.net/document/introduction-nato-homepage-to-mark-the-60th-anniversary-of-this-historic-accession.html. Acceded as the Federal Republic of Germany (West Germany); the territory of the former GDR is covered from reunification 1990-10-03. Alternatives: 1955-05-09 (first North Atlantic Council session / Paris ceremony; Wikipedia 2011 copy, zeitklicks.de, spravo4niki.com); 1955-05-05 (Paris Agreements in force; LA Times chronology). Chosen per fact sheet: 1955-05-06.',130);
INSERT INTO "treaty_action" VALUES(41,4,25,'accession','1982-05-30','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Also: https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html.',103);
INSERT INTO "treaty_action" VALUES(42,4,26,'accession','1999-03-12','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Also: https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato.',105);
INSERT INTO "treaty_action" VALUES(43,4,27,'accession','1999-03-12','day','high','Instrument of accession deposited with the US Government; same sources as the membership.',105);
INSERT INTO "treaty_action" VALUES(44,4,28,'accession','1999-03-12','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Also: https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato.',105);
INSERT INTO "treaty_action" VALUES(45,4,29,'accession','2004-03-29','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Legal accession = deposit of the instrument in Washington, 2004-03-29. Also: http://www.theage.com.au/articles/2004/03/30/1080544447293.html, https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato, https://www.nato.int/docu/pr/2004/p04-028e.htm (invitation of 2004-03-02). Alternative: 2004-04-02 (flag ceremony at NATO HQ, sometimes cited as the join date). Chosen per fact sheet: 2004-03-29.',33);
INSERT INTO "treaty_action" VALUES(46,4,30,'accession','2004-03-29','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Legal accession = deposit of the instrument in Washington, 2004-03-29. Also: http://www.theage.com.au/articles/2004/03/30/1080544447293.html, https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato, https://www.nato.int/docu/pr/2004/p04-028e.htm (invitation of 2004-03-02). Alternative: 2004-04-02 (flag ceremony at NATO HQ, sometimes cited as the join date). Chosen per fact sheet: 2004-03-29.',33);
INSERT INTO "treaty_action" VALUES(47,4,31,'accession','2004-03-29','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Legal accession = deposit of the instrument in Washington, 2004-03-29. Also: http://www.theage.com.au/articles/2004/03/30/1080544447293.html, https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato, https://www.nato.int/docu/pr/2004/p04-028e.htm (invitation of 2004-03-02). Alternative: 2004-04-02 (flag ceremony at NATO HQ, sometimes cited as the join date). Chosen per fact sheet: 2004-03-29.',33);
INSERT INTO "treaty_action" VALUES(48,4,32,'accession','2004-03-29','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Legal accession = deposit of the instrument in Washington, 2004-03-29. Also: http://www.theage.com.au/articles/2004/03/30/1080544447293.html, https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato, https://www.nato.int/docu/pr/2004/p04-028e.htm (invitation of 2004-03-02). Alternative: 2004-04-02 (flag ceremony at NATO HQ, sometimes cited as the join date). Chosen per fact sheet: 2004-03-29.',33);
INSERT INTO "treaty_action" VALUES(49,4,33,'accession','2004-03-29','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Legal accession = deposit of the instrument in Washington, 2004-03-29. Also: http://www.theage.com.au/articles/2004/03/30/1080544447293.html, https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato, https://www.nato.int/docu/pr/2004/p04-028e.htm (invitation of 2004-03-02). Alternative: 2004-04-02 (flag ceremony at NATO HQ, sometimes cited as the join date). Chosen per fact sheet: 2004-03-29.',33);
INSERT INTO "treaty_action" VALUES(50,4,34,'accession','2004-03-29','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Legal accession = deposit of the instrument in Washington, 2004-03-29. Also: http://www.theage.com.au/articles/2004/03/30/1080544447293.html, https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato, https://www.nato.int/docu/pr/2004/p04-028e.htm (invitation of 2004-03-02). Alternative: 2004-04-02 (flag ceremony at NATO HQ, sometimes cited as the join date). Chosen per fact sheet: 2004-03-29.',33);
INSERT INTO "treaty_action" VALUES(51,4,35,'accession','2004-03-29','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Legal accession = deposit of the instrument in Washington, 2004-03-29. Also: http://www.theage.com.au/articles/2004/03/30/1080544447293.html, https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato, https://www.nato.int/docu/pr/2004/p04-028e.htm (invitation of 2004-03-02). Alternative: 2004-04-02 (flag ceremony at NATO HQ, sometimes cited as the join date). Chosen per fact sheet: 2004-03-29.',33);
INSERT INTO "treaty_action" VALUES(52,4,36,'accession','2009-04-01','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Also: https://ambasadat.gov.al/otan/en/montenegro-joins-nato-29th-ally.',113);
INSERT INTO "treaty_action" VALUES(53,4,37,'accession','2009-04-01','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Also: https://ambasadat.gov.al/otan/en/montenegro-joins-nato-29th-ally.',113);
INSERT INTO "treaty_action" VALUES(54,4,38,'accession','2017-06-05','day','high','Instrument of accession deposited with the US Government; same sources as the membership. NATO news text carried by the Albanian mission to NATO.',115);
INSERT INTO "treaty_action" VALUES(55,4,39,'accession','2020-03-27','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Also: https://natowatch.org/newsbriefs/2020/north-macedonia-becomes-30th-member-nato, https://europediplomatic.com/2020/03/30/north-macedonia-nato-ceremony/. Alternative: 2020-03-30 (flag-raising ceremony at NATO HQ; one blog wrongly gives it as the accession date). Chosen per fact sheet: 2020-03-27.',118);
INSERT INTO "treaty_action" VALUES(56,4,40,'accession','2023-04-04','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Also: https://vifindia.org/category-articles/12588, https://www.derryjournal.com/read-this/finland-joins-nato-what-country-is-and-isnt-a-member-state-4092463.',120);
INSERT INTO "treaty_action" VALUES(57,4,41,'accession','2024-03-07','day','high','Instrument of accession deposited with the US Government; same sources as the membership. Also: https://www.einpresswire.com/article/694151149/sweden-is-a-nato-member (Swedish Government), https://www.anews.com.tr/world/2024/03/07/sweden-officially-becomes-32nd-member-of-nato.',121);
INSERT INTO "treaty_action" VALUES(58,5,2,'signature','1991-12-08','day','high','Founding signatory. Also: Wikipedia: Alma-Ata Protocol (https://en.wikipedia.org/wiki/Alma-Ata_Protocol), read via mirror https://nzt-eth.ipns.dweb.link/wiki/Alma-Ata_Protocol.html.',150);
INSERT INTO "treaty_action" VALUES(59,5,5,'signature','1991-12-08','day','high','Founding signatory. Also: Wikipedia: Alma-Ata Protocol (https://en.wikipedia.org/wiki/Alma-Ata_Protocol), read via mirror https://nzt-eth.ipns.dweb.link/wiki/Alma-Ata_Protocol.html.',150);
INSERT INTO "treaty_action" VALUES(60,5,42,'signature','1991-12-08','day','high','Founding signatory. Also: Wikipedia: Alma-Ata Protocol (https://en.wikipedia.org/wiki/Alma-Ata_Protocol), read via mirror https://nzt-eth.ipns.dweb.link/wiki/Alma-Ata_Protocol.html.',150);
INSERT INTO "treaty_action" VALUES(61,5,1,'ratification','1992-02-18','day','high','Decision of the Supreme Council No. Հ.Ն-0525-1 (official text in ARLIS).',140);
INSERT INTO "treaty_action" VALUES(62,5,8,'accession','1993-09-20','day','high','The National Assembly''s resolution on joining the CIS, 31 votes to 13, late on Monday 1993-09-20 (Kommersant). The encyclopedia''s 1993-09-24 is the Moscow summit where Aliyev signed the documents.',142);
INSERT INTO "treaty_action" VALUES(63,5,2,'ratification','1991-12-10','day','high','Supreme Soviet of Belarus.',138);
INSERT INTO "treaty_action" VALUES(64,5,3,'ratification','1991-12-23','day','low','the encyclopedia''s table only (no national act found)',43);
INSERT INTO "treaty_action" VALUES(65,5,4,'ratification','1992-03-06','day','medium','Ratification of the Establishment Agreement ("ratified" column of the table read via mirror https://en-academic.com/dic.nsf/enwiki/11724396).',139);
INSERT INTO "treaty_action" VALUES(66,5,43,'ratification','1994-04-08','day','high','Parliament''s decision No. 40 of 1994-04-08, as the 2014 draft to denounce it cites it.',141);
INSERT INTO "treaty_action" VALUES(67,5,5,'ratification','1991-12-12','day','medium','Supreme Soviet of the RSFSR.',139);
INSERT INTO "treaty_action" VALUES(68,5,6,'ratification','1993-06-26','day','low','the encyclopedia''s table only (no national act found)',43);
INSERT INTO "treaty_action" VALUES(69,5,44,'ratification','1991-12-26','day','low','the encyclopedia''s table only (no national act found)',43);
INSERT INTO "treaty_action" VALUES(70,5,42,'ratification','1991-12-10','day','high','Verkhovna Rada, with reservations (288 votes in favour).',137);
INSERT INTO "treaty_action" VALUES(71,5,7,'ratification','1992-04-01','day','low','the encyclopedia''s table only (no national act found)',43);
INSERT INTO "treaty_action" VALUES(72,5,9,'accession','1993-12-01','month','medium','December 1993; the day is disputed (1993-12-03 by RIA Novosti and the Russian encyclopedia, 1993-12-09 by a weak report), and some count March 1994 (parliament).',44);
INSERT INTO "treaty_action" VALUES(73,6,1,'signature','1991-12-21','day','high','Signed at Alma-Ata. Also: https://en.encyclopedia.kz/index.php?printable=yes&title=Alma-Ata_Protocol, Wikipedia: Alma-Ata Protocol (https://en.wikipedia.org/wiki/Alma-Ata_Protocol), read via mirror https://nzt-eth.ipns.dweb.link/wiki/Alma-Ata_Protocol.html.',169);
INSERT INTO "treaty_action" VALUES(74,6,8,'signature','1991-12-21','day','high','Signed at Alma-Ata. Also: https://en.encyclopedia.kz/index.php?printable=yes&title=Alma-Ata_Protocol, Wikipedia: Alma-Ata Protocol (https://en.wikipedia.org/wiki/Alma-Ata_Protocol), read via mirror https://nzt-eth.ipns.dweb.link/wiki/Alma-Ata_Protocol.html.',169);
INSERT INTO "treaty_action" VALUES(75,6,2,'signature','1991-12-21','day','high','Signed at Alma-Ata. Also: https://en.encyclopedia.kz/index.php?printable=yes&title=Alma-Ata_Protocol, Wikipedia: Alma-Ata Protocol (https://en.wikipedia.org/wiki/Alma-Ata_Protocol), read via mirror https://nzt-eth.ipns.dweb.link/wiki/Alma-Ata_Protocol.html.',169);
INSERT INTO "treaty_action" VALUES(76,6,3,'signature','1991-12-21','day','high','Signed at Alma-Ata. Also: https://en.encyclopedia.kz/index.php?printable=yes&title=Alma-Ata_Protocol, Wikipedia: Alma-Ata Protocol (https://en.wikipedia.org/wiki/Alma-Ata_Protocol), read via mirror https://nzt-eth.ipns.dweb.link/wiki/Alma-Ata_Protocol.html.',169);
INSERT INTO "treaty_action" VALUES(77,6,4,'signature','1991-12-21','day','high','Signed at Alma-Ata. Also: https://en.encyclopedia.kz/index.php?printable=yes&title=Alma-Ata_Protocol, Wikipedia: Alma-Ata Protocol (https://en.wikipedia.org/wiki/Alma-Ata_Protocol), read via mirror https://nzt-eth.ipns.dweb.link/wiki/Alma-Ata_Protocol.html.',169);
INSERT INTO "treaty_action" VALUES(78,6,43,'signature','1991-12-21','day','high','Signed at Alma-Ata. Also: https://en.encyclopedia.kz/index.php?printable=yes&title=Alma-Ata_Protocol, Wikipedia: Alma-Ata Protocol (https://en.wikipedia.org/wiki/Alma-Ata_Protocol), read via mirror https://nzt-eth.ipns.dweb.link/wiki/Alma-Ata_Protocol.html. Moldova''s foreign ministry and one report (babel.ua) date the addendum 1991-12-22; chosen per fact sheet: 1991-12-21.',169);
INSERT INTO "treaty_action" VALUES(79,6,5,'signature','1991-12-21','day','high','Signed at Alma-Ata. Also: https://en.encyclopedia.kz/index.php?printable=yes&title=Alma-Ata_Protocol, Wikipedia: Alma-Ata Protocol (https://en.wikipedia.org/wiki/Alma-Ata_Protocol), read via mirror https://nzt-eth.ipns.dweb.link/wiki/Alma-Ata_Protocol.html.',169);
INSERT INTO "treaty_action" VALUES(80,6,6,'signature','1991-12-21','day','high','Signed at Alma-Ata. Also: https://en.encyclopedia.kz/index.php?printable=yes&title=Alma-Ata_Protocol, Wikipedia: Alma-Ata Protocol (https://en.wikipedia.org/wiki/Alma-Ata_Protocol), read via mirror https://nzt-eth.ipns.dweb.link/wiki/Alma-Ata_Protocol.html.',169);
INSERT INTO "treaty_action" VALUES(81,6,44,'signature','1991-12-21','day','high','Signed at Alma-Ata. Also: https://en.encyclopedia.kz/index.php?printable=yes&title=Alma-Ata_Protocol, Wikipedia: Alma-Ata Protocol (https://en.wikipedia.org/wiki/Alma-Ata_Protocol), read via mirror https://nzt-eth.ipns.dweb.link/wiki/Alma-Ata_Protocol.html.',169);
INSERT INTO "treaty_action" VALUES(82,6,42,'signature','1991-12-21','day','high','Signed at Alma-Ata. Also: https://en.encyclopedia.kz/index.php?printable=yes&title=Alma-Ata_Protocol, Wikipedia: Alma-Ata Protocol (https://en.wikipedia.org/wiki/Alma-Ata_Protocol), read via mirror https://nzt-eth.ipns.dweb.link/wiki/Alma-Ata_Protocol.html.',169);
INSERT INTO "treaty_action" VALUES(83,6,7,'signature','1991-12-21','day','high','Signed at Alma-Ata. Also: https://en.encyclopedia.kz/index.php?printable=yes&title=Alma-Ata_Protocol, Wikipedia: Alma-Ata Protocol (https://en.wikipedia.org/wiki/Alma-Ata_Protocol), read via mirror https://nzt-eth.ipns.dweb.link/wiki/Alma-Ata_Protocol.html.',169);
INSERT INTO "treaty_action" VALUES(84,7,1,'deposit','1994-03-16','day','low','The encyclopedia''s ''Charter ratified'' day; where checked (Moldova) that column gives the deposit or entry into force, not the parliament''s ratification, so it is recorded as a deposit.',43);
INSERT INTO "treaty_action" VALUES(85,7,8,'deposit','1993-12-14','day','low','The encyclopedia''s ''Charter ratified'' day; where checked (Moldova) that column gives the deposit or entry into force, not the parliament''s ratification, so it is recorded as a deposit.',43);
INSERT INTO "treaty_action" VALUES(86,7,2,'deposit','1994-01-18','day','low','The encyclopedia''s ''Charter ratified'' day; where checked (Moldova) that column gives the deposit or entry into force, not the parliament''s ratification, so it is recorded as a deposit.',43);
INSERT INTO "treaty_action" VALUES(87,7,3,'deposit','1994-04-20','day','low','The encyclopedia''s ''Charter ratified'' day; where checked (Moldova) that column gives the deposit or entry into force, not the parliament''s ratification, so it is recorded as a deposit.',43);
INSERT INTO "treaty_action" VALUES(88,7,4,'deposit','1994-04-12','day','low','The encyclopedia''s ''Charter ratified'' day; where checked (Moldova) that column gives the deposit or entry into force, not the parliament''s ratification, so it is recorded as a deposit.',43);
INSERT INTO "treaty_action" VALUES(89,7,43,'entry_into_force','1994-06-27','day','high','''În vigoare pentru Republica Moldova din 27 iunie 1994'' (Moldova''s state register of legal acts).',149);
INSERT INTO "treaty_action" VALUES(90,7,5,'deposit','1993-07-20','day','low','The encyclopedia''s ''Charter ratified'' day; where checked (Moldova) that column gives the deposit or entry into force, not the parliament''s ratification, so it is recorded as a deposit.',43);
INSERT INTO "treaty_action" VALUES(91,7,6,'deposit','1993-08-04','day','low','The encyclopedia''s ''Charter ratified'' day; where checked (Moldova) that column gives the deposit or entry into force, not the parliament''s ratification, so it is recorded as a deposit.',43);
INSERT INTO "treaty_action" VALUES(92,7,7,'deposit','1994-02-09','day','low','The encyclopedia''s ''Charter ratified'' day; where checked (Moldova) that column gives the deposit or entry into force, not the parliament''s ratification, so it is recorded as a deposit.',43);
INSERT INTO "treaty_action" VALUES(93,7,9,'ratification','1994-04-19','day','low','Per ru-Wikipedia-derived forum text only (the fact sheet gives it within the detail of Georgia''s accession; accession day low).',171);
INSERT INTO "treaty_action" VALUES(94,7,9,'withdrawal','2009-08-18','day','high','Withdrawal effective 2009-08-18, 12 months after the MFA note of 2008-08-18 to the CIS Executive Committee (Charter s.1 art.9). Also: http://www.chinadaily.com.cn/world/2009-08/19/content_8585263.htm, https://www.panarmenian.net/eng/world/news/27321/, https://gazeta.ua/ru/articles/life/_gruziya-perestala-buti-chlenom-snd/304199.',44);
INSERT INTO "treaty_action" VALUES(95,1,3,'ratification','1992-12-23','day','medium','Resolution of the Supreme Council No. 1810-XII (the domestic act). Kazakhstan''s deposit date, and the other parties'' ratification and deposit dates, were not found (the UN registration no. 32307 should list them).',58);
INSERT INTO "treaty_action" VALUES(96,2,5,'ratification','2003-05-26','day','high','Federal Law No. 56-FZ (signed by the President); the Duma passed it on 2003-04-25 and the Federation Council approved it on 2003-05-14. Deposit date not found.',60);
INSERT INTO "treaty_action" VALUES(97,2,3,'ratification','2003-07-01','day','medium','Law No. 447. Deposit date not found.',61);
INSERT INTO "treaty_action" VALUES(98,2,1,'entry_into_force','2003-09-18','day','high','The Charter (and the Agreement on the legal status of the CSTO) entered into force on 2003-09-18 for the six states that signed it; TASS (2012): ''All the member-states ratified these documents by September 18, 2003.'' Which deposit brought it into force was not found. Tajikistan''s lower house approved it on 2003-04-23 (mmih.tj).',54);
INSERT INTO "treaty_action" VALUES(99,2,2,'entry_into_force','2003-09-18','day','high','The Charter (and the Agreement on the legal status of the CSTO) entered into force on 2003-09-18 for the six states that signed it; TASS (2012): ''All the member-states ratified these documents by September 18, 2003.'' Which deposit brought it into force was not found. Tajikistan''s lower house approved it on 2003-04-23 (mmih.tj).',54);
INSERT INTO "treaty_action" VALUES(100,2,3,'entry_into_force','2003-09-18','day','high','The Charter (and the Agreement on the legal status of the CSTO) entered into force on 2003-09-18 for the six states that signed it; TASS (2012): ''All the member-states ratified these documents by September 18, 2003.'' Which deposit brought it into force was not found. Tajikistan''s lower house approved it on 2003-04-23 (mmih.tj).',54);
INSERT INTO "treaty_action" VALUES(101,2,4,'entry_into_force','2003-09-18','day','high','The Charter (and the Agreement on the legal status of the CSTO) entered into force on 2003-09-18 for the six states that signed it; TASS (2012): ''All the member-states ratified these documents by September 18, 2003.'' Which deposit brought it into force was not found. Tajikistan''s lower house approved it on 2003-04-23 (mmih.tj).',54);
INSERT INTO "treaty_action" VALUES(102,2,5,'entry_into_force','2003-09-18','day','high','The Charter (and the Agreement on the legal status of the CSTO) entered into force on 2003-09-18 for the six states that signed it; TASS (2012): ''All the member-states ratified these documents by September 18, 2003.'' Which deposit brought it into force was not found. Tajikistan''s lower house approved it on 2003-04-23 (mmih.tj).',54);
INSERT INTO "treaty_action" VALUES(103,2,6,'entry_into_force','2003-09-18','day','high','The Charter (and the Agreement on the legal status of the CSTO) entered into force on 2003-09-18 for the six states that signed it; TASS (2012): ''All the member-states ratified these documents by September 18, 2003.'' Which deposit brought it into force was not found. Tajikistan''s lower house approved it on 2003-04-23 (mmih.tj).',54);
INSERT INTO "treaty_action" VALUES(104,8,1,'signature','2009-06-14','day','high','The CSTO Secretariat (via Interfax-AVN): ''on June 14, 2009 that package of documents was signed ... by head of Armenia, Kazakhstan, Kyrgyzstan, Russia and Tajikistan''. Also: the Kremlin''s report of the session (http://en.kremlin.ru/events/president/news/44970).',78);
INSERT INTO "treaty_action" VALUES(105,8,3,'signature','2009-06-14','day','high','The CSTO Secretariat (via Interfax-AVN): ''on June 14, 2009 that package of documents was signed ... by head of Armenia, Kazakhstan, Kyrgyzstan, Russia and Tajikistan''. Also: the Kremlin''s report of the session (http://en.kremlin.ru/events/president/news/44970).',78);
INSERT INTO "treaty_action" VALUES(106,8,4,'signature','2009-06-14','day','high','The CSTO Secretariat (via Interfax-AVN): ''on June 14, 2009 that package of documents was signed ... by head of Armenia, Kazakhstan, Kyrgyzstan, Russia and Tajikistan''. Also: the Kremlin''s report of the session (http://en.kremlin.ru/events/president/news/44970).',78);
INSERT INTO "treaty_action" VALUES(107,8,5,'signature','2009-06-14','day','high','The CSTO Secretariat (via Interfax-AVN): ''on June 14, 2009 that package of documents was signed ... by head of Armenia, Kazakhstan, Kyrgyzstan, Russia and Tajikistan''. Also: the Kremlin''s report of the session (http://en.kremlin.ru/events/president/news/44970).',78);
INSERT INTO "treaty_action" VALUES(108,8,6,'signature','2009-06-14','day','high','The CSTO Secretariat (via Interfax-AVN): ''on June 14, 2009 that package of documents was signed ... by head of Armenia, Kazakhstan, Kyrgyzstan, Russia and Tajikistan''. Also: the Kremlin''s report of the session (http://en.kremlin.ru/events/president/news/44970).',78);
INSERT INTO "treaty_action" VALUES(109,8,2,'signature','2009-10-01','month','high','The CSTO Secretariat announced receipt of the package Lukashenko signed on Tuesday 2009-10-20; the signature''s own day is not given (an edict on accession was signed by 2009-10-06), so the month only.',79);
INSERT INTO "treaty_action" VALUES(110,8,3,'ratification','2010-02-17','day','medium','Law No. 251-IV.',62);
INSERT INTO "treaty_action" VALUES(111,8,5,'ratification','2010-12-27','day','high','The President signed the Federal Law on ratification.',80);
INSERT INTO "treaty_action" VALUES(112,4,21,'deposit','1949-07-25','day','medium','Ratified by the President and deposited in Washington on 1949-07-25 (the US Statutes header, read through a copy). The other founders'' deposit days were not found.',85);
INSERT INTO "treaty_action" VALUES(113,4,10,'entry_into_force','1949-08-24','day','high','The Treaty entered into force for all twelve signatories on 1949-08-24 (Art. 11).',85);
INSERT INTO "treaty_action" VALUES(114,4,11,'entry_into_force','1949-08-24','day','high','The Treaty entered into force for all twelve signatories on 1949-08-24 (Art. 11).',85);
INSERT INTO "treaty_action" VALUES(115,4,12,'entry_into_force','1949-08-24','day','high','The Treaty entered into force for all twelve signatories on 1949-08-24 (Art. 11).',85);
INSERT INTO "treaty_action" VALUES(116,4,13,'entry_into_force','1949-08-24','day','high','The Treaty entered into force for all twelve signatories on 1949-08-24 (Art. 11).',85);
INSERT INTO "treaty_action" VALUES(117,4,14,'entry_into_force','1949-08-24','day','high','The Treaty entered into force for all twelve signatories on 1949-08-24 (Art. 11).',85);
INSERT INTO "treaty_action" VALUES(118,4,15,'entry_into_force','1949-08-24','day','high','The Treaty entered into force for all twelve signatories on 1949-08-24 (Art. 11).',85);
INSERT INTO "treaty_action" VALUES(119,4,16,'entry_into_force','1949-08-24','day','high','The Treaty entered into force for all twelve signatories on 1949-08-24 (Art. 11).',85);
INSERT INTO "treaty_action" VALUES(120,4,17,'entry_into_force','1949-08-24','day','high','The Treaty entered into force for all twelve signatories on 1949-08-24 (Art. 11).',85);
INSERT INTO "treaty_action" VALUES(121,4,18,'entry_into_force','1949-08-24','day','high','The Treaty entered into force for all twelve signatories on 1949-08-24 (Art. 11).',85);
INSERT INTO "treaty_action" VALUES(122,4,19,'entry_into_force','1949-08-24','day','high','The Treaty entered into force for all twelve signatories on 1949-08-24 (Art. 11).',85);
INSERT INTO "treaty_action" VALUES(123,4,20,'entry_into_force','1949-08-24','day','high','The Treaty entered into force for all twelve signatories on 1949-08-24 (Art. 11).',85);
INSERT INTO "treaty_action" VALUES(124,4,21,'entry_into_force','1949-08-24','day','high','The Treaty entered into force for all twelve signatories on 1949-08-24 (Art. 11).',85);
INSERT INTO "treaty_action" VALUES(125,9,14,'signature','1951-10-17','day','high','The signature block of the text printed by the Portuguese National Assembly gives each Deputy''s date.',131);
INSERT INTO "treaty_action" VALUES(126,9,17,'signature','1951-10-17','day','high','The signature block of the text printed by the Portuguese National Assembly gives each Deputy''s date.',131);
INSERT INTO "treaty_action" VALUES(127,9,18,'signature','1951-10-17','day','high','The signature block of the text printed by the Portuguese National Assembly gives each Deputy''s date.',131);
INSERT INTO "treaty_action" VALUES(128,9,19,'signature','1951-10-17','day','high','The signature block of the text printed by the Portuguese National Assembly gives each Deputy''s date.',131);
INSERT INTO "treaty_action" VALUES(129,9,20,'signature','1951-10-17','day','high','The signature block of the text printed by the Portuguese National Assembly gives each Deputy''s date.',131);
INSERT INTO "treaty_action" VALUES(130,9,21,'signature','1951-10-17','day','high','The signature block of the text printed by the Portuguese National Assembly gives each Deputy''s date.',131);
INSERT INTO "treaty_action" VALUES(131,9,13,'signature','1951-10-22','day','high','The signature block of the text printed by the Portuguese National Assembly gives each Deputy''s date.',131);
INSERT INTO "treaty_action" VALUES(132,9,15,'signature','1951-10-22','day','high','The signature block of the text printed by the Portuguese National Assembly gives each Deputy''s date.',131);
INSERT INTO "treaty_action" VALUES(133,9,16,'signature','1951-10-22','day','high','The signature block of the text printed by the Portuguese National Assembly gives each Deputy''s date.',131);
INSERT INTO "treaty_action" VALUES(134,9,10,'signature','1951-10-01','month','medium','Signed between 17 and 22 October 1951 (the pages of the signature block with this Party''s date were not read).',99);
INSERT INTO "treaty_action" VALUES(135,9,11,'signature','1951-10-01','month','medium','Signed between 17 and 22 October 1951 (the pages of the signature block with this Party''s date were not read).',99);
INSERT INTO "treaty_action" VALUES(136,9,12,'signature','1951-10-01','month','medium','Signed between 17 and 22 October 1951 (the pages of the signature block with this Party''s date were not read).',99);
INSERT INTO "treaty_action" VALUES(137,10,10,'signature','1954-10-23','day','high',NULL,101);
INSERT INTO "treaty_action" VALUES(138,10,11,'signature','1954-10-23','day','high',NULL,101);
INSERT INTO "treaty_action" VALUES(139,10,12,'signature','1954-10-23','day','high',NULL,101);
INSERT INTO "treaty_action" VALUES(140,10,13,'signature','1954-10-23','day','high',NULL,101);
INSERT INTO "treaty_action" VALUES(141,10,20,'signature','1954-10-23','day','high',NULL,101);
INSERT INTO "treaty_action" VALUES(142,10,22,'signature','1954-10-23','day','high',NULL,101);
INSERT INTO "treaty_action" VALUES(143,10,14,'signature','1954-10-23','day','high',NULL,101);
INSERT INTO "treaty_action" VALUES(144,10,15,'signature','1954-10-23','day','high',NULL,101);
INSERT INTO "treaty_action" VALUES(145,10,16,'signature','1954-10-23','day','high',NULL,101);
INSERT INTO "treaty_action" VALUES(146,10,17,'signature','1954-10-23','day','high',NULL,101);
INSERT INTO "treaty_action" VALUES(147,10,18,'signature','1954-10-23','day','high',NULL,101);
INSERT INTO "treaty_action" VALUES(148,10,19,'signature','1954-10-23','day','high',NULL,101);
INSERT INTO "treaty_action" VALUES(149,10,23,'signature','1954-10-23','day','high',NULL,101);
INSERT INTO "treaty_action" VALUES(150,10,21,'signature','1954-10-23','day','high',NULL,101);
INSERT INTO "treaty_action" VALUES(151,11,10,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(152,11,11,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(153,11,24,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(154,11,12,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(155,11,13,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(156,11,20,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(157,11,22,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(158,11,14,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(159,11,15,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(160,11,16,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(161,11,17,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(162,11,18,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(163,11,19,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(164,11,23,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(165,11,21,'signature','1981-12-10','day','high',NULL,102);
INSERT INTO "treaty_action" VALUES(166,12,10,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(167,12,11,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(168,12,24,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(169,12,12,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(170,12,25,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(171,12,13,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(172,12,20,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(173,12,22,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(174,12,14,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(175,12,15,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(176,12,16,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(177,12,17,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(178,12,18,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(179,12,19,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(180,12,23,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(181,12,21,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(182,13,10,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(183,13,11,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(184,13,24,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(185,13,12,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(186,13,25,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(187,13,13,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(188,13,20,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(189,13,22,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(190,13,14,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(191,13,15,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(192,13,16,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(193,13,17,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(194,13,18,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(195,13,19,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(196,13,23,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(197,13,21,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(198,14,10,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(199,14,11,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(200,14,24,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(201,14,12,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(202,14,25,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(203,14,13,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(204,14,20,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(205,14,22,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(206,14,14,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(207,14,15,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(208,14,16,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(209,14,17,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(210,14,18,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(211,14,19,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(212,14,23,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(213,14,21,'signature','1997-12-16','day','high',NULL,104);
INSERT INTO "treaty_action" VALUES(214,15,10,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(215,15,11,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(216,15,26,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(217,15,24,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(218,15,12,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(219,15,25,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(220,15,13,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(221,15,20,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(222,15,22,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(223,15,27,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(224,15,14,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(225,15,15,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(226,15,16,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(227,15,17,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(228,15,18,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(229,15,28,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(230,15,19,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(231,15,23,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(232,15,21,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(233,16,10,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(234,16,11,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(235,16,26,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(236,16,24,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(237,16,12,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(238,16,25,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(239,16,13,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(240,16,20,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(241,16,22,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(242,16,27,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(243,16,14,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(244,16,15,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(245,16,16,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(246,16,17,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(247,16,18,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(248,16,28,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(249,16,19,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(250,16,23,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(251,16,21,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(252,17,10,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(253,17,11,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(254,17,26,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(255,17,24,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(256,17,12,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(257,17,25,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(258,17,13,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(259,17,20,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(260,17,22,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(261,17,27,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(262,17,14,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(263,17,15,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(264,17,16,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(265,17,17,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(266,17,18,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(267,17,28,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(268,17,19,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(269,17,23,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(270,17,21,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(271,18,10,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(272,18,11,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(273,18,26,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(274,18,24,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(275,18,12,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(276,18,25,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(277,18,13,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(278,18,20,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(279,18,22,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(280,18,27,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(281,18,14,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(282,18,15,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(283,18,16,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(284,18,17,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(285,18,18,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(286,18,28,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(287,18,19,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(288,18,23,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(289,18,21,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(290,19,10,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(291,19,11,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(292,19,26,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(293,19,24,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(294,19,12,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(295,19,25,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(296,19,13,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(297,19,20,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(298,19,22,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(299,19,27,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(300,19,14,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(301,19,15,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(302,19,16,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(303,19,17,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(304,19,18,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(305,19,28,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(306,19,19,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(307,19,23,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(308,19,21,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(309,20,10,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(310,20,11,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(311,20,26,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(312,20,24,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(313,20,12,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(314,20,25,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(315,20,13,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(316,20,20,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(317,20,22,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(318,20,27,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(319,20,14,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(320,20,15,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(321,20,16,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(322,20,17,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(323,20,18,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(324,20,28,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(325,20,19,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(326,20,23,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(327,20,21,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(328,21,10,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(329,21,11,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(330,21,26,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(331,21,24,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(332,21,12,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(333,21,25,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(334,21,13,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(335,21,20,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(336,21,22,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(337,21,27,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(338,21,14,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(339,21,15,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(340,21,16,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(341,21,17,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(342,21,18,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(343,21,28,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(344,21,19,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(345,21,23,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(346,21,21,'signature','2003-03-26','day','high',NULL,106);
INSERT INTO "treaty_action" VALUES(347,19,10,'acceptance','2004-01-09','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(348,19,26,'acceptance','2003-09-04','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(349,19,24,'acceptance','2003-12-02','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(350,19,12,'acceptance','2003-06-10','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(351,19,25,'acceptance','2003-11-26','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(352,19,13,'acceptance','2004-02-25','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(353,19,20,'acceptance','2003-10-23','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(354,19,22,'acceptance','2004-01-23','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(355,19,27,'acceptance','2003-12-23','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(356,19,14,'acceptance','2003-12-15','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(357,19,15,'acceptance','2003-11-06','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(358,19,16,'acceptance','2003-11-14','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(359,19,17,'acceptance','2004-02-02','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(360,19,18,'acceptance','2003-05-06','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(361,19,28,'acceptance','2003-10-30','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(362,19,19,'acceptance','2004-02-10','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(363,19,23,'acceptance','2004-02-27','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(364,19,21,'acceptance','2004-02-27','day','high','The day its acceptance was notified to the US Government (Art. II), as the Dutch treaty gazette lists it. The 19th Party (Canada, which approved first) is listed in Trb. 2003, 57, not read.',109);
INSERT INTO "treaty_action" VALUES(365,22,10,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(366,22,29,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(367,22,11,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(368,22,26,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(369,22,24,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(370,22,12,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(371,22,30,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(372,22,25,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(373,22,13,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(374,22,20,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(375,22,22,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(376,22,27,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(377,22,14,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(378,22,15,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(379,22,32,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(380,22,16,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(381,22,31,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(382,22,17,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(383,22,18,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(384,22,28,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(385,22,19,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(386,22,33,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(387,22,35,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(388,22,34,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(389,22,23,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(390,22,21,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(391,23,10,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(392,23,29,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(393,23,11,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(394,23,26,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(395,23,24,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(396,23,12,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(397,23,30,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(398,23,25,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(399,23,13,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(400,23,20,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(401,23,22,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(402,23,27,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(403,23,14,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(404,23,15,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(405,23,32,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(406,23,16,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(407,23,31,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(408,23,17,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(409,23,18,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(410,23,28,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(411,23,19,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(412,23,33,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(413,23,35,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(414,23,34,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(415,23,23,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(416,23,21,'signature','2008-07-09','day','high',NULL,110);
INSERT INTO "treaty_action" VALUES(417,24,36,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(418,24,10,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(419,24,29,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(420,24,11,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(421,24,26,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(422,24,24,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(423,24,12,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(424,24,30,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(425,24,25,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(426,24,13,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(427,24,20,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(428,24,22,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(429,24,37,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(430,24,27,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(431,24,14,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(432,24,15,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(433,24,32,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(434,24,16,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(435,24,31,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(436,24,17,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(437,24,18,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(438,24,28,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(439,24,19,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(440,24,33,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(441,24,35,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(442,24,34,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(443,24,23,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(444,24,21,'signature','2016-05-19','day','high',NULL,114);
INSERT INTO "treaty_action" VALUES(445,25,36,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(446,25,10,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(447,25,29,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(448,25,11,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(449,25,26,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(450,25,24,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(451,25,12,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(452,25,30,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(453,25,25,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(454,25,13,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(455,25,20,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(456,25,22,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(457,25,37,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(458,25,27,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(459,25,14,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(460,25,15,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(461,25,32,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(462,25,16,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(463,25,31,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(464,25,38,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(465,25,17,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(466,25,18,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(467,25,28,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(468,25,19,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(469,25,33,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(470,25,35,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(471,25,34,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(472,25,23,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(473,25,21,'signature','2019-02-06','day','high',NULL,116);
INSERT INTO "treaty_action" VALUES(474,26,36,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(475,26,10,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(476,26,29,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(477,26,11,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(478,26,26,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(479,26,24,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(480,26,12,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(481,26,30,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(482,26,25,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(483,26,13,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(484,26,20,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(485,26,22,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(486,26,37,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(487,26,27,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(488,26,14,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(489,26,15,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(490,26,32,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(491,26,16,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(492,26,31,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(493,26,38,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(494,26,39,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(495,26,17,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(496,26,18,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(497,26,28,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(498,26,19,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(499,26,33,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(500,26,35,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(501,26,34,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(502,26,23,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(503,26,21,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(504,26,23,'acceptance','2023-04-04','day','high','Deposited with the Secretary of State at NATO headquarters; the last acceptance.',120);
INSERT INTO "treaty_action" VALUES(505,26,27,'acceptance','2023-03-31','day','medium','Deposited at the State Department (the Hungarian ambassador, as reported by Verkkouutiset).',136);
INSERT INTO "treaty_action" VALUES(506,27,36,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(507,27,10,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(508,27,29,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(509,27,11,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(510,27,26,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(511,27,24,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(512,27,12,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(513,27,30,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(514,27,25,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(515,27,13,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(516,27,20,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(517,27,22,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(518,27,37,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(519,27,27,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(520,27,14,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(521,27,15,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(522,27,32,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(523,27,16,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(524,27,31,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(525,27,38,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(526,27,39,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(527,27,17,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(528,27,18,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(529,27,28,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(530,27,19,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(531,27,33,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(532,27,35,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(533,27,34,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(534,27,23,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(535,27,21,'signature','2022-07-05','day','high',NULL,119);
INSERT INTO "treaty_action" VALUES(536,27,40,'acceptance','2023-04-04','day','high','Finland''s first act as a Party: its acceptance of Sweden''s protocol, deposited the day it joined.',120);
INSERT INTO "treaty_action" VALUES(537,5,9,'withdrawal','2009-08-18','day','high','Parliament terminated the Agreement for Georgia on 2008-08-14; per the CIS, Georgia is no longer a participating state from 2009-08-18.',145);
INSERT INTO "treaty_action" VALUES(538,7,43,'ratification','1994-04-26','day','medium','Parliament''s decision No. 76.',172);
INSERT INTO "treaty_action" VALUES(539,7,5,'ratification','1993-04-15','day','high','Resolution of the Supreme Soviet of the Russian Federation No. 4799-I.',148);
INSERT INTO "treaty_action" VALUES(540,7,5,'entry_into_force','1994-01-22','day','medium','The Charter''s entry into force for the founding states that had deposited by then (the deposit day is the encyclopedia''s).',170);
INSERT INTO "treaty_action" VALUES(541,7,2,'entry_into_force','1994-01-22','day','medium','The Charter''s entry into force for the founding states that had deposited by then (the deposit day is the encyclopedia''s).',170);
INSERT INTO "treaty_action" VALUES(542,7,6,'entry_into_force','1994-01-22','day','low','The Charter''s entry into force for the founding states that had deposited by then (the deposit day is the encyclopedia''s).',43);
INSERT INTO "treaty_action" VALUES(543,7,8,'entry_into_force','1994-01-22','day','low','The Charter''s entry into force for the founding states that had deposited by then (the deposit day is the encyclopedia''s).',43);
INSERT INTO "treaty_action" VALUES(544,7,1,'signature','1993-01-22','day','high','Signed at the Minsk summit: ''The leaders of Russia, Kazakhstan, Belarus, Uzbekistan, Tajikistan, Kyrgyzstan and Armenia signed the new charter'' (AP).',146);
INSERT INTO "treaty_action" VALUES(545,7,2,'signature','1993-01-22','day','high','Signed at the Minsk summit: ''The leaders of Russia, Kazakhstan, Belarus, Uzbekistan, Tajikistan, Kyrgyzstan and Armenia signed the new charter'' (AP).',146);
INSERT INTO "treaty_action" VALUES(546,7,3,'signature','1993-01-22','day','high','Signed at the Minsk summit: ''The leaders of Russia, Kazakhstan, Belarus, Uzbekistan, Tajikistan, Kyrgyzstan and Armenia signed the new charter'' (AP).',146);
INSERT INTO "treaty_action" VALUES(547,7,4,'signature','1993-01-22','day','high','Signed at the Minsk summit: ''The leaders of Russia, Kazakhstan, Belarus, Uzbekistan, Tajikistan, Kyrgyzstan and Armenia signed the new charter'' (AP).',146);
INSERT INTO "treaty_action" VALUES(548,7,5,'signature','1993-01-22','day','high','Signed at the Minsk summit: ''The leaders of Russia, Kazakhstan, Belarus, Uzbekistan, Tajikistan, Kyrgyzstan and Armenia signed the new charter'' (AP).',146);
INSERT INTO "treaty_action" VALUES(549,7,6,'signature','1993-01-22','day','high','Signed at the Minsk summit: ''The leaders of Russia, Kazakhstan, Belarus, Uzbekistan, Tajikistan, Kyrgyzstan and Armenia signed the new charter'' (AP).',146);
INSERT INTO "treaty_action" VALUES(550,7,7,'signature','1993-01-22','day','high','Signed at the Minsk summit: ''The leaders of Russia, Kazakhstan, Belarus, Uzbekistan, Tajikistan, Kyrgyzstan and Armenia signed the new charter'' (AP).',146);
INSERT INTO "treaty_action" VALUES(551,7,8,'signature','1993-09-01','month','low','''Aliyev then signed the CIS charter'' on joining; probably at the Moscow summit of 1993-09-24, not confirmed.',166);
INSERT INTO "membership" VALUES(1,1,1,'member','2003-09-18','day',NULL,'day',NULL,'high','Member de jure; participation frozen since 2024-02-22 (PM Pashinyan to France 24; no formal notification, RIA reported the Secretariat received none); no formal withdrawal found in sources through early 2026 (Kremlin, 2025-11-27: Armenia remains a de jure full member). See the membership events. Founding member: signed the CSTO Charter 2002-10-07 (Chisinau); membership from its entry into force 2003-09-18. Also: http://www.odkb.gov.ru/a/aengl.htm. Party to the Collective Security Treaty since its signature 1992-05-15. A member in 2011 per source article-2011.',54,NULL,NULL);
INSERT INTO "membership" VALUES(2,1,2,'member','2003-09-18','day',NULL,'day',NULL,'high','Founding member: signed the CSTO Charter 2002-10-07 (Chisinau); membership from its entry into force 2003-09-18. Also: http://www.odkb.gov.ru/a/aengl.htm. Party to the Collective Security Treaty since 1993-12-31. A member in 2011 per source article-2011.',54,NULL,NULL);
INSERT INTO "membership" VALUES(3,1,3,'member','2003-09-18','day',NULL,'day',NULL,'high','Founding member: signed the CSTO Charter 2002-10-07 (Chisinau); membership from its entry into force 2003-09-18. Also: http://www.odkb.gov.ru/a/aengl.htm. Party to the Collective Security Treaty since its signature 1992-05-15. A member in 2011 per source article-2011.',54,NULL,NULL);
INSERT INTO "membership" VALUES(4,1,4,'member','2003-09-18','day',NULL,'day',NULL,'high','Founding member: signed the CSTO Charter 2002-10-07 (Chisinau); membership from its entry into force 2003-09-18. Also: http://www.odkb.gov.ru/a/aengl.htm. Party to the Collective Security Treaty since its signature 1992-05-15. A member in 2011 per source article-2011.',54,NULL,NULL);
INSERT INTO "membership" VALUES(5,1,5,'member','2003-09-18','day',NULL,'day',NULL,'high','Founding member: signed the CSTO Charter 2002-10-07 (Chisinau); membership from its entry into force 2003-09-18. Also: http://www.odkb.gov.ru/a/aengl.htm. Party to the Collective Security Treaty since its signature 1992-05-15. A member in 2011 per source article-2011.',54,NULL,NULL);
INSERT INTO "membership" VALUES(6,1,6,'member','2003-09-18','day',NULL,'day',NULL,'high','Founding member: signed the CSTO Charter 2002-10-07 (Chisinau); membership from its entry into force 2003-09-18. Also: http://www.odkb.gov.ru/a/aengl.htm. Party to the Collective Security Treaty since its signature 1992-05-15. A member in 2011 per source article-2011.',54,NULL,NULL);
INSERT INTO "membership" VALUES(7,1,7,'member','2006-08-16','day','2012-12-19','day','suspended','high','Return to the CSTO: Protocol on the restoration of membership signed in Sochi 2006-08-16 (TASS: "reaffirmed in a protocol dated August 16, 2006"). Also: https://www.obozrevatel.com/news/2006/12/14/148879.htm, https://www.rferl.org/amp/1072794.html. Alternative: 2006-06-23 (political decision: the Collective Security Council session in Minsk announced Uzbekistan''s return; https://panarmenian.net/m/eng/news/18523; Wikipedia text via https://wn.com/CSTO). Chosen per fact sheet: 2006-08-16 (protocol). Ratification unresolved: Uzbek law ratifying the protocol 2006-12 (medium; Legislative Chamber 2006-11-21, Senate 2006-12-01; https://www.obozrevatel.com/news/2006/12/14/148879.htm, https://lenta.ru/news/2006/12/13/odkb/amp) versus "parliament ratified" 2008-03-28 (low; RIA Novosti 2008 via https://armeniandiaspora.com/forum/2008/march-2008/125487-uzbekistan-formalizes-return-to-post-soviet-security-group-csto, repeated by https://tass.com/russia/728988 and Wikipedia). Earlier an original signatory of the Collective Security Treaty (1992-05-15). A member in 2011 per source article-2011. Ended 2012-12-19: the Collective Security Council (Moscow) formally suspended Uzbekistan''s membership (high; http://tass.com/russia/687141, https://m.day.kyiv.ua/en/article/day-after-day/putin-confused-csto-club-getting-narrower); a de facto exit. Note on suspension sent 2012-06-20 (low) and announced by the CSTO Secretariat 2012-06-28 (high); see the membership events. Chosen per fact sheet: end 2012-12-19, status suspended.',6,NULL,NULL);
INSERT INTO "membership" VALUES(8,3,10,'member','1949-08-24','day',NULL,'day',NULL,'high','Founding member; start = entry into force of the North Atlantic Treaty, 1949-08-24. Also: https://www.eata.ee/en/nato/nato-member-countries/, https://www.thenationalnews.com/world/uk-news/2023/04/04/nato-countries-which-member-states-are-in-the-military-alliance/. Alternative: 1949-04-04 (signature date, used by some lists, e.g. https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html (Wikipedia 2011 copy), spravo4niki.com). Chosen per fact sheet: 1949-08-24; the signature date is recorded on the treaty. Individual ratification-deposit dates were not found in the sources.',85,NULL,NULL);
INSERT INTO "membership" VALUES(9,3,11,'member','1949-08-24','day',NULL,'day',NULL,'high','Founding member; start = entry into force of the North Atlantic Treaty, 1949-08-24. Also: https://www.eata.ee/en/nato/nato-member-countries/, https://www.thenationalnews.com/world/uk-news/2023/04/04/nato-countries-which-member-states-are-in-the-military-alliance/. Alternative: 1949-04-04 (signature date, used by some lists, e.g. https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html (Wikipedia 2011 copy), spravo4niki.com). Chosen per fact sheet: 1949-08-24; the signature date is recorded on the treaty. Individual ratification-deposit dates were not found in the sources.',85,NULL,NULL);
INSERT INTO "membership" VALUES(10,3,12,'member','1949-08-24','day',NULL,'day',NULL,'high','Founding member; start = entry into force of the North Atlantic Treaty, 1949-08-24. Also: https://www.eata.ee/en/nato/nato-member-countries/, https://www.thenationalnews.com/world/uk-news/2023/04/04/nato-countries-which-member-states-are-in-the-military-alliance/. Alternative: 1949-04-04 (signature date, used by some lists, e.g. https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html (Wikipedia 2011 copy), spravo4niki.com). Chosen per fact sheet: 1949-08-24; the signature date is recorded on the treaty. Individual ratification-deposit dates were not found in the sources.',85,NULL,NULL);
INSERT INTO "membership" VALUES(11,3,13,'member','1949-08-24','day',NULL,'day',NULL,'high','Founding member; start = entry into force of the North Atlantic Treaty, 1949-08-24. Also: https://www.eata.ee/en/nato/nato-member-countries/. Alternative: 1949-04-04 (signature date, used by some lists, e.g. https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html (Wikipedia 2011 copy), spravo4niki.com). Chosen per fact sheet: 1949-08-24; the signature date is recorded on the treaty. Individual ratification-deposit dates were not found in the sources. Withdrew from the integrated military command in 1966 (forces withdrawn 1966-03-10 per https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html) and fully rejoined in 2009 (2009-04-04 per a Wikipedia copy, https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html); membership never ended. Medium confidence on these sub-dates.',85,NULL,NULL);
INSERT INTO "membership" VALUES(12,3,14,'member','1949-08-24','day',NULL,'day',NULL,'high','Founding member; start = entry into force of the North Atlantic Treaty, 1949-08-24. Also: https://www.eata.ee/en/nato/nato-member-countries/, https://www.thenationalnews.com/world/uk-news/2023/04/04/nato-countries-which-member-states-are-in-the-military-alliance/. Alternative: 1949-04-04 (signature date, used by some lists, e.g. https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html (Wikipedia 2011 copy), spravo4niki.com). Chosen per fact sheet: 1949-08-24; the signature date is recorded on the treaty. Individual ratification-deposit dates were not found in the sources.',85,NULL,NULL);
INSERT INTO "membership" VALUES(13,3,15,'member','1949-08-24','day',NULL,'day',NULL,'high','Founding member; start = entry into force of the North Atlantic Treaty, 1949-08-24. Also: https://www.eata.ee/en/nato/nato-member-countries/, https://www.thenationalnews.com/world/uk-news/2023/04/04/nato-countries-which-member-states-are-in-the-military-alliance/. Alternative: 1949-04-04 (signature date, used by some lists, e.g. https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html (Wikipedia 2011 copy), spravo4niki.com). Chosen per fact sheet: 1949-08-24; the signature date is recorded on the treaty. Individual ratification-deposit dates were not found in the sources.',85,NULL,NULL);
INSERT INTO "membership" VALUES(14,3,16,'member','1949-08-24','day',NULL,'day',NULL,'high','Founding member; start = entry into force of the North Atlantic Treaty, 1949-08-24. Also: https://www.eata.ee/en/nato/nato-member-countries/, https://www.thenationalnews.com/world/uk-news/2023/04/04/nato-countries-which-member-states-are-in-the-military-alliance/. Alternative: 1949-04-04 (signature date, used by some lists, e.g. https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html (Wikipedia 2011 copy), spravo4niki.com). Chosen per fact sheet: 1949-08-24; the signature date is recorded on the treaty. Individual ratification-deposit dates were not found in the sources.',85,NULL,NULL);
INSERT INTO "membership" VALUES(15,3,17,'member','1949-08-24','day',NULL,'day',NULL,'high','Founding member; start = entry into force of the North Atlantic Treaty, 1949-08-24. Also: https://www.eata.ee/en/nato/nato-member-countries/, https://www.thenationalnews.com/world/uk-news/2023/04/04/nato-countries-which-member-states-are-in-the-military-alliance/. Alternative: 1949-04-04 (signature date, used by some lists, e.g. https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html (Wikipedia 2011 copy), spravo4niki.com). Chosen per fact sheet: 1949-08-24; the signature date is recorded on the treaty. Individual ratification-deposit dates were not found in the sources.',85,NULL,NULL);
INSERT INTO "membership" VALUES(16,3,18,'member','1949-08-24','day',NULL,'day',NULL,'high','Founding member; start = entry into force of the North Atlantic Treaty, 1949-08-24. Also: https://www.eata.ee/en/nato/nato-member-countries/, https://www.thenationalnews.com/world/uk-news/2023/04/04/nato-countries-which-member-states-are-in-the-military-alliance/. Alternative: 1949-04-04 (signature date, used by some lists, e.g. https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html (Wikipedia 2011 copy), spravo4niki.com). Chosen per fact sheet: 1949-08-24; the signature date is recorded on the treaty. Individual ratification-deposit dates were not found in the sources.',85,NULL,NULL);
INSERT INTO "membership" VALUES(17,3,19,'member','1949-08-24','day',NULL,'day',NULL,'high','Founding member; start = entry into force of the North Atlantic Treaty, 1949-08-24. Also: https://www.eata.ee/en/nato/nato-member-countries/, https://www.thenationalnews.com/world/uk-news/2023/04/04/nato-countries-which-member-states-are-in-the-military-alliance/. Alternative: 1949-04-04 (signature date, used by some lists, e.g. https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html (Wikipedia 2011 copy), spravo4niki.com). Chosen per fact sheet: 1949-08-24; the signature date is recorded on the treaty. Individual ratification-deposit dates were not found in the sources.',85,NULL,NULL);
INSERT INTO "membership" VALUES(18,3,20,'member','1949-08-24','day',NULL,'day',NULL,'high','Founding member; start = entry into force of the North Atlantic Treaty, 1949-08-24. Also: https://www.eata.ee/en/nato/nato-member-countries/, https://www.thenationalnews.com/world/uk-news/2023/04/04/nato-countries-which-member-states-are-in-the-military-alliance/. Alternative: 1949-04-04 (signature date, used by some lists, e.g. https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html (Wikipedia 2011 copy), spravo4niki.com). Chosen per fact sheet: 1949-08-24; the signature date is recorded on the treaty. Individual ratification-deposit dates were not found in the sources.',85,NULL,NULL);
INSERT INTO "membership" VALUES(19,3,21,'member','1949-08-24','day',NULL,'day',NULL,'high','Founding member; start = entry into force of the North Atlantic Treaty, 1949-08-24. Also: https://www.eata.ee/en/nato/nato-member-countries/, https://www.thenationalnews.com/world/uk-news/2023/04/04/nato-countries-which-member-states-are-in-the-military-alliance/. Alternative: 1949-04-04 (signature date, used by some lists, e.g. https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html (Wikipedia 2011 copy), spravo4niki.com). Chosen per fact sheet: 1949-08-24; the signature date is recorded on the treaty. Individual ratification-deposit dates were not found in the sources.',85,NULL,NULL);
INSERT INTO "membership" VALUES(20,3,22,'member','1952-02-18','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Also: http://spravo4niki.com/skolko.php?id=23, https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html (Wikipedia 2011 copy).',100,NULL,NULL);
INSERT INTO "membership" VALUES(21,3,23,'member','1952-02-18','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Also: http://spravo4niki.com/skolko.php?id=23.',100,NULL,NULL);
INSERT INTO "membership" VALUES(22,3,24,'member','1955-05-06','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). NATO text: instrument of accession deposited 1955-05-06. Also: https://news.alayham.com/content/potsdam-agreement-notwithstanding-nato-celebrates-60-years-german-membership, https://fdocuments.net/document/introduction-nato-homepage-to-mark-the-60th-anniversary-of-this-historic-accession.html. Acceded as the Federal Republic of Germany (West Germany); the territory of the former GDR is covered from reunification 1990-10-03. Alternatives: 1955-05-09 (first North Atlantic Council session / Paris ceremony; Wikipedia 2011 copy, zeitklicks.de, spravo4niki.com); 1955-05-05 (Paris Agreements in force; LA Times chronology). Chosen per fact sheet: 1955-05-06.',130,NULL,NULL);
INSERT INTO "membership" VALUES(23,3,25,'member','1982-05-30','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Also: https://www.latimes.com/archives/la-xpm-1999-apr-25-mn-32062-story.html.',103,NULL,NULL);
INSERT INTO "membership" VALUES(24,3,26,'member','1999-03-12','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Also: https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato.',105,NULL,NULL);
INSERT INTO "membership" VALUES(25,3,27,'member','1999-03-12','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government).',105,NULL,NULL);
INSERT INTO "membership" VALUES(26,3,28,'member','1999-03-12','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Also: https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato.',105,NULL,NULL);
INSERT INTO "membership" VALUES(27,3,29,'member','2004-03-29','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Legal accession = deposit of the instrument in Washington, 2004-03-29. Also: http://www.theage.com.au/articles/2004/03/30/1080544447293.html, https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato, https://www.nato.int/docu/pr/2004/p04-028e.htm (invitation of 2004-03-02). Alternative: 2004-04-02 (flag ceremony at NATO HQ, sometimes cited as the join date). Chosen per fact sheet: 2004-03-29.',33,NULL,NULL);
INSERT INTO "membership" VALUES(28,3,30,'member','2004-03-29','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Legal accession = deposit of the instrument in Washington, 2004-03-29. Also: http://www.theage.com.au/articles/2004/03/30/1080544447293.html, https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato, https://www.nato.int/docu/pr/2004/p04-028e.htm (invitation of 2004-03-02). Alternative: 2004-04-02 (flag ceremony at NATO HQ, sometimes cited as the join date). Chosen per fact sheet: 2004-03-29.',33,NULL,NULL);
INSERT INTO "membership" VALUES(29,3,31,'member','2004-03-29','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Legal accession = deposit of the instrument in Washington, 2004-03-29. Also: http://www.theage.com.au/articles/2004/03/30/1080544447293.html, https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato, https://www.nato.int/docu/pr/2004/p04-028e.htm (invitation of 2004-03-02). Alternative: 2004-04-02 (flag ceremony at NATO HQ, sometimes cited as the join date). Chosen per fact sheet: 2004-03-29.',33,NULL,NULL);
INSERT INTO "membership" VALUES(30,3,32,'member','2004-03-29','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Legal accession = deposit of the instrument in Washington, 2004-03-29. Also: http://www.theage.com.au/articles/2004/03/30/1080544447293.html, https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato, https://www.nato.int/docu/pr/2004/p04-028e.htm (invitation of 2004-03-02). Alternative: 2004-04-02 (flag ceremony at NATO HQ, sometimes cited as the join date). Chosen per fact sheet: 2004-03-29.',33,NULL,NULL);
INSERT INTO "membership" VALUES(31,3,33,'member','2004-03-29','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Legal accession = deposit of the instrument in Washington, 2004-03-29. Also: http://www.theage.com.au/articles/2004/03/30/1080544447293.html, https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato, https://www.nato.int/docu/pr/2004/p04-028e.htm (invitation of 2004-03-02). Alternative: 2004-04-02 (flag ceremony at NATO HQ, sometimes cited as the join date). Chosen per fact sheet: 2004-03-29.',33,NULL,NULL);
INSERT INTO "membership" VALUES(32,3,34,'member','2004-03-29','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Legal accession = deposit of the instrument in Washington, 2004-03-29. Also: http://www.theage.com.au/articles/2004/03/30/1080544447293.html, https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato, https://www.nato.int/docu/pr/2004/p04-028e.htm (invitation of 2004-03-02). Alternative: 2004-04-02 (flag ceremony at NATO HQ, sometimes cited as the join date). Chosen per fact sheet: 2004-03-29.',33,NULL,NULL);
INSERT INTO "membership" VALUES(33,3,35,'member','2004-03-29','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Legal accession = deposit of the instrument in Washington, 2004-03-29. Also: http://www.theage.com.au/articles/2004/03/30/1080544447293.html, https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato, https://www.nato.int/docu/pr/2004/p04-028e.htm (invitation of 2004-03-02). Alternative: 2004-04-02 (flag ceremony at NATO HQ, sometimes cited as the join date). Chosen per fact sheet: 2004-03-29.',33,NULL,NULL);
INSERT INTO "membership" VALUES(34,3,36,'member','2009-04-01','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Also: https://ambasadat.gov.al/otan/en/montenegro-joins-nato-29th-ally.',113,NULL,NULL);
INSERT INTO "membership" VALUES(35,3,37,'member','2009-04-01','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Also: https://ambasadat.gov.al/otan/en/montenegro-joins-nato-29th-ally.',113,NULL,NULL);
INSERT INTO "membership" VALUES(36,3,38,'member','2017-06-05','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). NATO news text carried by the Albanian mission to NATO.',115,NULL,NULL);
INSERT INTO "membership" VALUES(37,3,39,'member','2020-03-27','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Also: https://natowatch.org/newsbriefs/2020/north-macedonia-becomes-30th-member-nato, https://europediplomatic.com/2020/03/30/north-macedonia-nato-ceremony/. Alternative: 2020-03-30 (flag-raising ceremony at NATO HQ; one blog wrongly gives it as the accession date). Chosen per fact sheet: 2020-03-27.',118,NULL,NULL);
INSERT INTO "membership" VALUES(38,3,40,'member','2023-04-04','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Also: https://vifindia.org/category-articles/12588, https://www.derryjournal.com/read-this/finland-joins-nato-what-country-is-and-isnt-a-member-state-4092463.',120,NULL,NULL);
INSERT INTO "membership" VALUES(39,3,41,'member','2024-03-07','day',NULL,'day',NULL,'high','Accession (deposit of the instrument with the US Government). Also: https://www.einpresswire.com/article/694151149/sweden-is-a-nato-member (Swedish Government), https://www.anews.com.tr/world/2024/03/07/sweden-officially-becomes-32nd-member-of-nato.',121,NULL,NULL);
INSERT INTO "membership" VALUES(40,4,1,'member','1994-03-16','day',NULL,'day',NULL,'low','Member under the Charter (art. 7) from the day it bound the state: 1994-03-16, the encyclopedia''s ''Charter ratified'' day (a deposit or entry-into-force day where checked).',43,NULL,NULL);
INSERT INTO "membership" VALUES(41,4,8,'member','1994-01-22','day',NULL,'day',NULL,'low','Member under the Charter (art. 7) from the day it bound the state: 1994-01-22, its entry into force, if Azerbaijan had deposited by then (the encyclopedia''s table: 1993-12-14). Aliyev signed the Charter on joining in September 1993 (Library of Congress country study).',43,NULL,NULL);
INSERT INTO "membership" VALUES(42,4,2,'member','1994-01-22','day',NULL,'day',NULL,'medium','Member under the Charter (art. 7) from the day it bound the state: 1994-01-22, when the Charter entered into force for the founding states that had deposited their instruments (Belarus was the last of them, on 1994-01-18 by the encyclopedia''s table).',170,NULL,NULL);
INSERT INTO "membership" VALUES(43,4,3,'member','1994-04-20','day',NULL,'day',NULL,'low','Member under the Charter (art. 7) from the day it bound the state: 1994-04-20, the encyclopedia''s ''Charter ratified'' day (a deposit or entry-into-force day where checked).',43,NULL,NULL);
INSERT INTO "membership" VALUES(44,4,4,'member','1994-04-12','day',NULL,'day',NULL,'low','Member under the Charter (art. 7) from the day it bound the state: 1994-04-12, the encyclopedia''s ''Charter ratified'' day (a deposit or entry-into-force day where checked).',43,NULL,NULL);
INSERT INTO "membership" VALUES(45,4,43,'member','1994-06-27','day',NULL,'day',NULL,'high','Member under the Charter (art. 7) from the day it bound the state: 1994-06-27, ''în vigoare pentru Republica Moldova din 27 iunie 1994'' (Moldova''s state register of legal acts); Parliament ratified it on 1994-04-26 (decision No. 76). Its withdrawal is under way (events): the denunciation of the Charter, the Agreement and its Protocol passed a first reading on 2026-03-20; the final reading, the notice to the depositary and so the exit date (twelve months after the notice) were not found, so no end is recorded.',149,NULL,NULL);
INSERT INTO "membership" VALUES(46,4,5,'member','1994-01-22','day',NULL,'day',NULL,'medium','Member under the Charter (art. 7) from the day it bound the state: 1994-01-22, its entry into force (Russia''s Supreme Soviet ratified it on 1993-04-15; the encyclopedia''s table dates the deposit 1993-07-20).',170,NULL,NULL);
INSERT INTO "membership" VALUES(47,4,6,'member','1994-01-22','day',NULL,'day',NULL,'low','Member under the Charter (art. 7) from the day it bound the state: 1994-01-22, its entry into force, if Tajikistan had deposited by then (the encyclopedia''s table: 1993-08-04).',43,NULL,NULL);
INSERT INTO "membership" VALUES(48,4,7,'member','1994-02-09','day',NULL,'day',NULL,'low','Member under the Charter (art. 7) from the day it bound the state: 1994-02-09, the encyclopedia''s ''Charter ratified'' day (a deposit or entry-into-force day where checked).',43,NULL,NULL);
INSERT INTO "membership" VALUES(49,4,9,'member','1994-04-19','day','2009-08-17','day','withdrew','low','Member under the Charter (art. 7) from the day it bound the state: 1994-04-19, the Russian encyclopedia''s day for the Charter (no original found). Left on 2009-08-17: the CIS''s own site says Georgia is no longer a participating state from 2009-08-18 (Kommersant, 2009-08-18), twelve months after its note of 2008-08-18 (Charter art. 9); some reports call 2009-08-18 its last day.',171,NULL,NULL);
INSERT INTO "membership" VALUES(50,4,44,'associate','2005-08-26','day',NULL,'day',NULL,'high','Associate from 2005-08-26: at the Kazan summit (Friday 2005-08-26) Turkmenistan announced it would take part as an associate member, citing its permanent neutrality (UN General Assembly, 1995-12-12); the Council of Heads of State adopted a decision on the basic principles of its participation (NEWSru, 2006-01-18). It had been a participant since 1991 and never signed the Charter.',47,NULL,NULL);
INSERT INTO "membership" VALUES(51,4,42,'participant','1991-12-10','day',NULL,'day',NULL,'high','Participant of the Agreement establishing the CIS from its ratification by the Verkhovna Rada, with reservations, on 1991-12-10 (the session record Isakov''s chronicle quotes; Belarus''s and Ukraine''s the same day). Ukraine never signed the Charter (Kravchuk refused at Minsk on 1993-01-22), so it was never a member. It ended its participation in the statutory bodies in 2018 (events) but has not denounced the Agreement: the CIS Executive Committee still counts it a participating state (2018), so the spell stays open.',137,NULL,NULL);
INSERT INTO "membership" VALUES(52,2,1,'member','2009-06-14','day',NULL,'day',NULL,'medium','Participates from its signature of the CRRF Agreement; the Agreement entered into force on 2010-09-10 (each party''s own date not found).',78,NULL,NULL);
INSERT INTO "membership" VALUES(53,2,3,'member','2009-06-14','day',NULL,'day',NULL,'medium','Participates from its signature of the CRRF Agreement; the Agreement entered into force on 2010-09-10 (each party''s own date not found).',78,NULL,NULL);
INSERT INTO "membership" VALUES(54,2,4,'member','2009-06-14','day',NULL,'day',NULL,'medium','Participates from its signature of the CRRF Agreement; the Agreement entered into force on 2010-09-10 (each party''s own date not found).',78,NULL,NULL);
INSERT INTO "membership" VALUES(55,2,5,'member','2009-06-14','day',NULL,'day',NULL,'medium','Participates from its signature of the CRRF Agreement; the Agreement entered into force on 2010-09-10 (each party''s own date not found).',78,NULL,NULL);
INSERT INTO "membership" VALUES(56,2,6,'member','2009-06-14','day',NULL,'day',NULL,'medium','Participates from its signature of the CRRF Agreement; the Agreement entered into force on 2010-09-10 (each party''s own date not found).',78,NULL,NULL);
INSERT INTO "membership" VALUES(57,2,2,'member','2009-10-01','month',NULL,'day',NULL,'medium','Participates from its signature of the CRRF Agreement in October 2009 (day not given).',79,NULL,NULL);
INSERT INTO "membership" VALUES(58,5,1,'member','2006-11-16','day',NULL,'day',NULL,'high','Its parliament''s delegation signed the founding resolution of 2006-11-16.',75,NULL,NULL);
INSERT INTO "membership" VALUES(59,5,2,'member','2006-11-16','day',NULL,'day',NULL,'high','Its parliament''s delegation signed the founding resolution of 2006-11-16.',75,NULL,NULL);
INSERT INTO "membership" VALUES(60,5,3,'member','2006-11-16','day',NULL,'day',NULL,'high','Its parliament''s delegation signed the founding resolution of 2006-11-16.',75,NULL,NULL);
INSERT INTO "membership" VALUES(61,5,4,'member','2006-11-16','day',NULL,'day',NULL,'high','Its parliament''s delegation signed the founding resolution of 2006-11-16.',75,NULL,NULL);
INSERT INTO "membership" VALUES(62,5,5,'member','2006-11-16','day',NULL,'day',NULL,'high','Its parliament''s delegation signed the founding resolution of 2006-11-16.',75,NULL,NULL);
INSERT INTO "membership" VALUES(63,5,6,'member','2006-11-16','day',NULL,'day',NULL,'high','Its parliament''s delegation signed the founding resolution of 2006-11-16.',75,NULL,NULL);
INSERT INTO "membership" VALUES(64,5,45,'observer','2013-01-01','year',NULL,'day',NULL,'medium','Observer: the National Assembly of Serbia (a parliament observing the Assembly, not Serbia observing the CSTO); still an observer in May 2025 (http://www.parlament.gov.rs/National_Assembly_Delegation_at_CSTO_PA_Council_Session.51171.537.html). Day and month of the 2013 decision not found.',76,NULL,NULL);
INSERT INTO "membership" VALUES(65,5,46,'observer','2013-01-01','year',NULL,'day',NULL,'medium','Observer: the House of the People (Wolesi Jirga) of the National Assembly of Afghanistan. The Wolesi Jirga ceased to work after August 2021; no decision ending the status was found (TASS still listed it in December 2022), so no end is recorded.',76,NULL,NULL);
INSERT INTO "membership" VALUES(66,4,2,'participant','1991-12-10','day','1994-01-21','day',NULL,'high','Participant of the Agreement establishing the CIS and its Protocol from its ratification by the Supreme Soviet on 1991-12-10 (Belarus''s hydrometeorology agency''s anniversary note; also the session record Isakov quotes).',138,NULL,NULL);
INSERT INTO "membership" VALUES(67,4,5,'participant','1991-12-12','day','1994-01-21','day',NULL,'medium','Participant of the Agreement establishing the CIS and its Protocol from its ratification by the Supreme Soviet of the RSFSR on 1991-12-12.',139,NULL,NULL);
INSERT INTO "membership" VALUES(68,4,3,'participant','1991-12-23','day','1994-04-19','day',NULL,'low','Participant of the Agreement establishing the CIS and its Protocol from its ratification, 1991-12-23 by the encyclopedia''s table (no Kazakh act found).',43,NULL,NULL);
INSERT INTO "membership" VALUES(69,4,44,'participant','1991-12-26','day','2005-08-25','day',NULL,'low','Participant of the Agreement establishing the CIS and its Protocol from its ratification, 1991-12-26 by the encyclopedia''s table (no Turkmen act found), until it declared itself an associate at the Kazan summit of 2005-08-26. It never signed the Charter.',43,NULL,NULL);
INSERT INTO "membership" VALUES(70,4,1,'participant','1992-02-18','day','1994-03-15','day',NULL,'high','Participant of the Agreement establishing the CIS and its Protocol from its ratification by the Supreme Council on 1992-02-18 (decision Հ.Ն-0525-1).',140,NULL,NULL);
INSERT INTO "membership" VALUES(71,4,4,'participant','1992-03-06','day','1994-04-11','day',NULL,'medium','Participant of the Agreement establishing the CIS and its Protocol from its ratification on 1992-03-06 (24.kg''s ''this day'' note).',139,NULL,NULL);
INSERT INTO "membership" VALUES(72,4,7,'participant','1992-04-01','day','1994-02-08','day',NULL,'low','Participant of the Agreement establishing the CIS and its Protocol from its ratification, 1992-04-01 by the encyclopedia''s table (no Uzbek act found).',43,NULL,NULL);
INSERT INTO "membership" VALUES(73,4,6,'participant','1993-06-26','day','1994-01-21','day',NULL,'low','Participant of the Agreement establishing the CIS and its Protocol from its ratification, 1993-06-26 by the encyclopedia''s table (no Tajik act found).',43,NULL,NULL);
INSERT INTO "membership" VALUES(74,4,8,'participant','1993-09-20','day','1994-01-21','day',NULL,'high','Participant of the Agreement establishing the CIS and its Protocol from its accession: the National Assembly''s resolution of Monday 1993-09-20, 31 votes to 13 (Kommersant; Heydar Aliyev Heritage Center). It had signed the Protocol in 1991 but its parliament rejected ratification on 1992-10-07.',142,NULL,NULL);
INSERT INTO "membership" VALUES(75,4,9,'participant','1993-12-01','month','1994-04-18','day',NULL,'medium','Participant of the Agreement establishing the CIS and its Protocol from its accession in December 1993 (Civil Georgia; PanARMENIAN). The day is disputed: 1993-12-03 (RIA Novosti names a heads-of-state decision of 3 December 1993; the Russian encyclopedia calls it Georgia''s ratification of the Protocol); 1993-12-09 (a weak report, perhaps the Collective Security Treaty); March 1994 (Paul Goble: ''the last ... to join, doing so in March 1994''). Shevardnadze had announced joining on 1993-10-08 (UPI).',44,NULL,NULL);
INSERT INTO "membership" VALUES(76,4,43,'participant','1994-04-08','day','1994-06-26','day',NULL,'high','Participant of the Agreement establishing the CIS and its Protocol from its ratification by Parliament''s decision No. 40 of 1994-04-08 (cited in a draft resolution of 2014 to denounce it). It had signed the Protocol in 1991.',141,NULL,NULL);
CREATE INDEX ix_organization_parent_id ON organization (parent_id);
CREATE INDEX ix_organization_source_id ON organization (source_id);
CREATE INDEX ix_state_cow_code ON state (cow_code);
CREATE INDEX ix_state_source_id ON state (source_id);
CREATE INDEX ix_organization_identifier_organization_id ON organization_identifier (organization_id);
CREATE INDEX ix_organization_name_name ON organization_name (name);
CREATE INDEX ix_organization_name_organization_id ON organization_name (organization_id);
CREATE INDEX ix_person_name ON person (name);
CREATE INDEX ix_person_nationality_id ON person (nationality_id);
CREATE INDEX ix_person_source_id ON person (source_id);
CREATE INDEX ix_post_organization_id ON post (organization_id);
CREATE INDEX ix_state_name_name ON state_name (name);
CREATE INDEX ix_state_name_state_id ON state_name (state_id);
CREATE INDEX ix_treaty_organization_id ON treaty (organization_id);
CREATE INDEX ix_treaty_source_id ON treaty (source_id);
CREATE INDEX ix_membership_event_membership_id ON membership_event (membership_id);
CREATE INDEX ix_membership_event_source_id ON membership_event (source_id);
CREATE INDEX ix_tenure_person_id ON tenure (person_id);
CREATE INDEX ix_tenure_post_id ON tenure (post_id);
CREATE INDEX ix_tenure_source_id ON tenure (source_id);
CREATE INDEX ix_cow_cell_run_cow_state_id ON cow_cell_run (cow_state_id);
CREATE INDEX ix_cow_cell_run_igo_id ON cow_cell_run (igo_id);
CREATE INDEX ix_cow_span_igo_id ON cow_span (igo_id);
CREATE INDEX ix_organization_event_organization_id ON organization_event (organization_id);
CREATE INDEX ix_organization_event_source_id ON organization_event (source_id);
CREATE INDEX ix_organization_event_state_id ON organization_event (state_id);
CREATE INDEX ix_treaty_action_treaty_id ON treaty_action (treaty_id);
CREATE INDEX ix_treaty_action_source_id ON treaty_action (source_id);
CREATE INDEX ix_treaty_action_state_id ON treaty_action (state_id);
CREATE INDEX ix_membership_state_id ON membership (state_id);
CREATE INDEX ix_membership_organization_id ON membership (organization_id);
CREATE INDEX ix_membership_source_id ON membership (source_id);
CREATE INDEX ix_membership_member_organization_id ON membership (member_organization_id);
CREATE INDEX ix_organization_succession_predecessor_id ON organization_succession (predecessor_id);
CREATE INDEX ix_organization_succession_successor_id ON organization_succession (successor_id);
CREATE INDEX ix_organization_succession_source_id ON organization_succession (source_id);
CREATE INDEX ix_state_succession_predecessor_id ON state_succession (predecessor_id);
CREATE INDEX ix_state_succession_successor_id ON state_succession (successor_id);
CREATE INDEX ix_state_succession_source_id ON state_succession (source_id);
