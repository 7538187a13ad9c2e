<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>CommandRegistry</name>
    <message>
        <source>&apos;%1&apos; is not a cmdlet name; the tool sends cmdlets with typed parameters, never script text.</source>
        <translation>«%1» er ikke et cmdlet-navn; verktøyet sender cmdleter med typede parametere, aldri skripttekst.</translation>
    </message>
    <message>
        <source>%1 is not in the tool&apos;s list of Exchange commands.</source>
        <translation>%1 står ikke på verktøyets liste over Exchange-kommandoer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a property name.</source>
        <translation>«%1» er ikke et egenskapsnavn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter name.</source>
        <translation>«%1» er ikke et parameternavn.</translation>
    </message>
    <message>
        <source>%1 has no parameter -%2 in the tool&apos;s list.</source>
        <translation>%1 har ingen parameter -%2 i verktøyets liste.</translation>
    </message>
    <message>
        <source>-%1 of %2 takes a %3 value, not %4.</source>
        <translation>-%1 for %2 tar en %3-verdi, ikke %4.</translation>
    </message>
</context>
<context>
    <name>PowerShellProgramSetting</name>
    <message>
        <source>%1 must be a JSON array of strings: the program and its arguments, e.g. [&quot;pwsh&quot;, &quot;-File&quot;, &quot;bridge.ps1&quot;].</source>
        <translation>%1 må være en JSON-matrise med strenger: programmet og argumentene, f.eks. [&quot;pwsh&quot;, &quot;-File&quot;, &quot;bridge.ps1&quot;].</translation>
    </message>
    <message>
        <source>from the %1 environment variable</source>
        <translation>fra miljøvariabelen %1</translation>
    </message>
    <message>
        <source>this computer&apos;s setting</source>
        <translation>innstillingen på denne datamaskinen</translation>
    </message>
    <message>
        <source>the default for this operating system</source>
        <translation>standard for dette operativsystemet</translation>
    </message>
</context>
<context>
    <name>ShellRemedy</name>
    <message>
        <source>This machine&apos;s PowerShell cannot reach Exchange remote PowerShell (PowerShell on Linux and macOS has no WSMan client since version 7.4); export the setup script and run it on a Windows machine.</source>
        <translation>PowerShell på denne maskinen kan ikke nå ekstern Exchange-PowerShell (PowerShell på Linux og macOS har ingen WSMan-klient siden versjon 7.4); eksporter oppsettskriptet og kjør det på en Windows-maskin.</translation>
    </message>
    <message>
        <source>%1 is not available to this account in Exchange: it comes with the management role &quot;%2&quot;. Ask an Exchange administrator to assign it (Organization Management includes it), or sign in with an account that has it.</source>
        <translation>%1 er ikke tilgjengelig for denne kontoen i Exchange: den følger med administrasjonsrollen «%2». Be en Exchange-administrator om å tildele den (Organization Management inneholder den), eller logg på med en konto som har den.</translation>
    </message>
    <message>
        <source>%1 is not available in this Exchange session.</source>
        <translation>%1 er ikke tilgjengelig i denne Exchange-økten.</translation>
    </message>
    <message>
        <source>PowerShell refuses to run scripts on this machine (execution policy, possibly enforced by Group Policy). Importing the Exchange session needs scripts: ask for the policy RemoteSigned for your account, or use a machine where it is allowed.</source>
        <translation>PowerShell nekter å kjøre skript på denne maskinen (kjøringspolicy, muligens påtvunget av gruppepolicy). Import av Exchange-økten krever skript: be om policyen RemoteSigned for kontoen din, eller bruk en maskin der det er tillatt.</translation>
    </message>
    <message>
        <source>WinRM does not trust this server name. Use the server&apos;s fully qualified domain name with Kerberos, or HTTPS; adding the server to TrustedHosts is only needed for other methods over HTTP and is not recommended.</source>
        <translation>WinRM stoler ikke på dette servernavnet. Bruk serverens fullstendige domenenavn med Kerberos, eller HTTPS; å legge serveren til i TrustedHosts trengs bare for andre metoder over HTTP og anbefales ikke.</translation>
    </message>
    <message>
        <source>Windows does not trust the server&apos;s HTTPS certificate. Import the issuing CA into this machine&apos;s Trusted Root Certification Authorities store (or use the name the certificate was issued to). The tool never skips the certificate check.</source>
        <translation>Windows stoler ikke på serverens HTTPS-sertifikat. Importer den utstedende CA-en i lageret Klarerte rotsertifiseringsinstanser på denne maskinen (eller bruk navnet sertifikatet ble utstedt til). Verktøyet hopper aldri over sertifikatkontrollen.</translation>
    </message>
    <message>
        <source>Kerberos sign-in failed. Use the server&apos;s fully qualified domain name (not an IP address or an alias) from a domain-joined machine, check that the clocks agree, or sign in with an explicit account.</source>
        <translation>Kerberos-pålogging mislyktes. Bruk serverens fullstendige domenenavn (ikke en IP-adresse eller et alias) fra en domenetilknyttet maskin, kontroller at klokkene stemmer, eller logg på med en bestemt konto.</translation>
    </message>
    <message>
        <source>Exchange refused the sign-in. Check the user name and password, and that the account may use remote PowerShell (RemotePowerShellEnabled).</source>
        <translation>Exchange avviste påloggingen. Kontroller brukernavn og passord, og at kontoen har lov til å bruke ekstern PowerShell (RemotePowerShellEnabled).</translation>
    </message>
    <message>
        <source>WinRM could not reach the server. Check the remote PowerShell URI (http://&lt;server FQDN&gt;/PowerShell/), that the port is open, and that the server is running.</source>
        <translation>WinRM nådde ikke serveren. Kontroller URI-en for ekstern PowerShell (http://&lt;server-FQDN&gt;/PowerShell/), at porten er åpen og at serveren kjører.</translation>
    </message>
    <message>
        <source>Exchange did not answer in time. Check that the server is reachable and not overloaded, then try again.</source>
        <translation>Exchange svarte ikke i tide. Kontroller at serveren kan nås og ikke er overbelastet, og prøv igjen.</translation>
    </message>
    <message>
        <source>The PowerShell program stopped unexpectedly. Check the PowerShell program shown on the Connections page and the log file.</source>
        <translation>PowerShell-programmet stoppet uventet. Kontroller PowerShell-programmet som vises på siden Tilkoblinger, og loggfilen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connects Pexip Infinity One-Touch Join to Microsoft Exchange on-premises.</source>
        <translation>Kobler Pexip Infinity One-Touch Join til Microsoft Exchange lokalt (on-premises).</translation>
    </message>
    <message>
        <source>Open the setup profile FILE.</source>
        <translation>Åpne oppsettprofilen FIL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Use the language CODE (en, nb, de).</source>
        <translation>Bruk språket KODE (en, nb, de).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
</context>
<context>
    <name>otj::AuthenticationStep</name>
    <message>
        <source>No credential store.</source>
        <translation>Ingen lagring for påloggingsinformasjon.</translation>
    </message>
    <message>
        <source>The service account&apos;s password is not available (%1).</source>
        <translation>Passordet til tjenestekontoen er ikke tilgjengelig (%1).</translation>
    </message>
    <message>
        <source>Store the password in the wizard, or set %2 for unattended runs.</source>
        <translation>Lagre passordet i veiviseren, eller sett %2 for kjøringer uten tilsyn.</translation>
    </message>
    <message>
        <source>Not checked: the service account&apos;s password is not available.</source>
        <translation>Ikke kontrollert: passordet til tjenestekontoen er ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>EWS does not offer %1 authentication (it offers %2).</source>
        <translation>EWS tilbyr ikke %1-autentisering (den tilbyr %2).</translation>
    </message>
    <message>
        <source>Enable Basic authentication on the EWS virtual directory (Set-WebServicesVirtualDirectory -BasicAuthentication $true), or choose NTLM.</source>
        <translation>Slå på Basic-autentisering på den virtuelle EWS-katalogen (Set-WebServicesVirtualDirectory -BasicAuthentication $true), eller velg NTLM.</translation>
    </message>
    <message>
        <source>Enable Windows authentication (NTLM) on the EWS virtual directory, or choose Basic.</source>
        <translation>Slå på Windows-autentisering (NTLM) på den virtuelle EWS-katalogen, eller velg Basic.</translation>
    </message>
    <message>
        <source>Signed in to EWS with %1.</source>
        <translation>Logget på EWS med %1.</translation>
    </message>
    <message>
        <source>EWS rejected the service account&apos;s %1 sign-in (HTTP 401). From EWS alone this cannot be told apart: a wrong password, a disabled, locked or expired account, or an authentication policy blocking legacy authentication all look the same; the PowerShell-side checks tell them apart.</source>
        <translation>EWS avviste tjenestekontoens %1-pålogging (HTTP 401). Fra EWS alene kan dette ikke skilles fra hverandre: feil passord, en deaktivert, låst eller utløpt konto, eller en autentiseringspolicy som blokkerer eldre autentisering ser likt ut; kontrollene på PowerShell-siden skiller dem.</translation>
    </message>
    <message>
        <source>Check the service account&apos;s password, then run the full validation with the Exchange admin&apos;s credentials.</source>
        <translation>Kontroller passordet til tjenestekontoen, og kjør deretter hele valideringen med Exchange-administratorens påloggingsinformasjon.</translation>
    </message>
    <message>
        <source>EWS refuses the service account (HTTP 403): EWS is blocked for this user or for this application.</source>
        <translation>EWS avviser tjenestekontoen (HTTP 403): EWS er blokkert for denne brukeren eller for dette programmet.</translation>
    </message>
    <message>
        <source>Allow EWS for the service account (Set-CASMailbox -EwsEnabled $true) and check the organisation&apos;s EWS application access policy.</source>
        <translation>Tillat EWS for tjenestekontoen (Set-CASMailbox -EwsEnabled $true), og kontroller organisasjonens policy for programtilgang til EWS.</translation>
    </message>
    <message>
        <source>The service account is locked (HTTP 456).</source>
        <translation>Tjenestekontoen er låst (HTTP 456).</translation>
    </message>
    <message>
        <source>Unlock the account in Active Directory.</source>
        <translation>Lås opp kontoen i Active Directory.</translation>
    </message>
    <message>
        <source>Credentials would go over plain HTTP; refused.</source>
        <translation>Påloggingsinformasjonen ville gått over ukryptert HTTP; avvist.</translation>
    </message>
    <message>
        <source>Use the https:// EWS URL.</source>
        <translation>Bruk https://-URL-en til EWS.</translation>
    </message>
    <message>
        <source>Not checked: the service account cannot sign in to EWS.</source>
        <translation>Ikke kontrollert: tjenestekontoen kan ikke logge på EWS.</translation>
    </message>
    <message>
        <source>The service account signs in to EWS with %1</source>
        <translation>Tjenestekontoen logger på EWS med %1</translation>
    </message>
    <message>
        <source>No authentication policy blocks the service account</source>
        <translation>Ingen autentiseringspolicy blokkerer tjenestekontoen</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>ikke lagret</translation>
    </message>
    <message>
        <source>The EWS virtual directories allow %1</source>
        <translation>De virtuelle EWS-katalogene tillater %1</translation>
    </message>
</context>
<context>
    <name>otj::CalendarProcessingPlanner</name>
    <message>
        <source>Change it if One-Touch Join should book this room for everyone (otjctl apply --fix-booking-blockers), or leave it if the restriction is wanted.</source>
        <translation>Endre det hvis One-Touch Join skal kunne booke dette rommet for alle (otjctl apply --fix-booking-blockers), eller la det stå hvis begrensningen er ønsket.</translation>
    </message>
    <message>
        <source>Only organizers in BookInPolicy (%1) are accepted automatically (AllBookInPolicy $false): other invitations are declined or wait for a delegate.</source>
        <translation>Bare møtearrangører i BookInPolicy (%1) godtas automatisk (AllBookInPolicy $false): andre invitasjoner avslås eller venter på en delegat.</translation>
    </message>
    <message>
        <source>Invitations wait for a delegate&apos;s approval (ResourceDelegates %1, ForwardRequestsToDelegates $true): the meeting stays tentative until someone approves.</source>
        <translation>Invitasjoner venter på godkjenning fra en delegat (ResourceDelegates %1, ForwardRequestsToDelegates $true): møtet forblir foreløpig til noen godkjenner det.</translation>
    </message>
    <message>
        <source>Meetings more than %1 days ahead are declined (BookingWindowInDays).</source>
        <translation>Møter mer enn %1 dager frem i tid avslås (BookingWindowInDays).</translation>
    </message>
    <message>
        <source>Meetings longer than %1 minutes are declined (MaximumDurationInMinutes).</source>
        <translation>Møter lengre enn %1 minutter avslås (MaximumDurationInMinutes).</translation>
    </message>
    <message>
        <source>Recurring meetings are declined (AllowRecurringMeetings $false).</source>
        <translation>Gjentakende møter avslås (AllowRecurringMeetings $false).</translation>
    </message>
    <message>
        <source>Meetings outside the room&apos;s working hours are declined (ScheduleOnlyDuringWorkHours $true).</source>
        <translation>Møter utenfor rommets arbeidstid avslås (ScheduleOnlyDuringWorkHours $true).</translation>
    </message>
    <message>
        <source>Overlapping meetings are accepted (AllowConflicts $true, ConflictPercentageAllowed %1, MaximumConflictInstances %2): the endpoint shows two meetings at once.</source>
        <translation>Overlappende møter godtas (AllowConflicts $true, ConflictPercentageAllowed %1, MaximumConflictInstances %2): endepunktet viser to møter samtidig.</translation>
    </message>
    <message>
        <source>Set AllowConflicts $false unless double bookings are wanted in this room.</source>
        <translation>Sett AllowConflicts $false med mindre dobbeltbooking er ønsket i dette rommet.</translation>
    </message>
    <message>
        <source>Calendar processing of %1 as the profile&apos;s policy says (meeting details kept)</source>
        <translation>Kalenderbehandling for %1 slik profilens retningslinje sier (møtedetaljer beholdes)</translation>
    </message>
    <message>
        <source>Let %1 accept every organizer&apos;s meetings (booking restrictions removed)</source>
        <translation>La %1 godta møter fra alle arrangører (bookingbegrensninger fjernes)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>otj::CalendarProcessingStep</name>
    <message>
        <source>Set-CalendarProcessing %3 -DeleteComments $false -DeleteSubject $false -AddOrganizerToSubject $false, then ask organizers to re-send.</source>
        <translation>Set-CalendarProcessing %3 -DeleteComments $false -DeleteSubject $false -AddOrganizerToSubject $false, og be deretter arrangørene sende på nytt.</translation>
    </message>
    <message>
        <source>No meetings in the next %1 days to inspect; book a test meeting with a join link and re-run.</source>
        <translation>Ingen møter de neste %1 dagene å undersøke; book et testmøte med en deltakerlenke og kjør på nytt.</translation>
    </message>
    <message>
        <source>%1 of %2 meetings lost their body or subject: the room&apos;s calendar processing still strips them.</source>
        <translation>%1 av %2 møter mistet innhold eller emne: rommets kalenderbehandling fjerner dem fortsatt.</translation>
    </message>
    <message>
        <source>%1 of %2 meetings lost their body or subject after the last calendar-processing change: the room&apos;s calendar processing still strips them.</source>
        <translation>%1 av %2 møter mistet innhold eller emne etter siste endring av kalenderbehandlingen: rommets kalenderbehandling fjerner dem fortsatt.</translation>
    </message>
    <message>
        <source>All %1 meetings lost their body or subject. EWS cannot tell whether the room still strips them: the time of its last calendar-processing change needs the PowerShell checks.</source>
        <translation>Alle %1 møter mistet innhold eller emne. EWS kan ikke avgjøre om rommet fortsatt fjerner dem: tidspunktet for siste endring av kalenderbehandlingen krever PowerShell-kontrollene.</translation>
    </message>
    <message>
        <source>If calendar processing is not fixed yet, fix it; then ask the organizers to re-send these meetings (Exchange never repairs them).</source>
        <translation>Hvis kalenderbehandlingen ikke er rettet ennå, rett den; be deretter arrangørene sende disse møtene på nytt (Exchange reparerer dem aldri).</translation>
    </message>
    <message>
        <source>Re-send needed: %1 meetings created before the calendar-processing change were stripped, and Exchange never repairs them.</source>
        <translation>Må sendes på nytt: %1 møter opprettet før endringen av kalenderbehandlingen ble fratatt innhold, og Exchange reparerer dem aldri.</translation>
    </message>
    <message>
        <source>Ask the organizers of the listed meetings to re-send them.</source>
        <translation>Be arrangørene av møtene i listen sende dem på nytt.</translation>
    </message>
    <message>
        <source>%1 meetings keep their subject and body.</source>
        <translation>%1 møter beholder emne og innhold.</translation>
    </message>
    <message>
        <source>Not checked: the calendar could not be read.</source>
        <translation>Ikke kontrollert: kalenderen kunne ikke leses.</translation>
    </message>
    <message>
        <source>Calendar processing keeps meeting details</source>
        <translation>Kalenderbehandlingen beholder møtedetaljene</translation>
    </message>
    <message>
        <source>Meetings keep their subject and body</source>
        <translation>Møter beholder emne og brødtekst</translation>
    </message>
    <message>
        <source>All %1 rooms process meetings as the profile&apos;s calendar policy says.</source>
        <translation>Alle %1 rom behandler møter slik profilens kalenderretningslinje sier.</translation>
    </message>
    <message>
        <source>%1 of %2 rooms differ from the profile&apos;s calendar policy: %3.</source>
        <translation>%1 av %2 rom avviker fra profilens kalenderretningslinje: %3.</translation>
    </message>
    <message>
        <source>Run otjctl plan to see the differences and otjctl apply to fix them.</source>
        <translation>Kjør otjctl plan for å se forskjellene og otjctl apply for å rette dem.</translation>
    </message>
    <message>
        <source>%1 rooms have settings that stop automatic booking for some meetings: %2.</source>
        <translation>%1 rom har innstillinger som stopper automatisk booking for noen møter: %2.</translation>
    </message>
    <message>
        <source>otjctl plan lists each with its reason; otjctl apply --fix-booking-blockers changes them if they are not wanted.</source>
        <translation>otjctl plan viser hver av dem med årsak; otjctl apply --fix-booking-blockers endrer dem hvis de ikke er ønsket.</translation>
    </message>
    <message>
        <source>Calendar processing could not be read: %1</source>
        <translation>Kalenderbehandlingen kunne ikke leses: %1</translation>
    </message>
</context>
<context>
    <name>otj::ConnectionStep</name>
    <message>
        <source>The profile has no valid EWS URL.</source>
        <translation>Profilen har ingen gyldig EWS-URL.</translation>
    </message>
    <message>
        <source>Type the EWS URL.</source>
        <translation>Skriv inn EWS-URL-en.</translation>
    </message>
    <message>
        <source>Not checked: no EWS URL.</source>
        <translation>Ikke kontrollert: ingen EWS-URL.</translation>
    </message>
    <message>
        <source>Autodiscover did not return an EWS URL: %1</source>
        <translation>Autodiscover returnerte ingen EWS-URL: %1</translation>
    </message>
    <message>
        <source>Type the EWS URL (always possible), or fix Autodiscover.</source>
        <translation>Skriv inn EWS-URL-en (alltid mulig), eller rett Autodiscover.</translation>
    </message>
    <message>
        <source>Autodiscover did not return an EWS URL: %1 Using the typed EWS URL instead.</source>
        <translation>Autodiscover returnerte ingen EWS-URL: %1 Bruker den innskrevne EWS-URL-en i stedet.</translation>
    </message>
    <message>
        <source>Autodiscover redirects to %1, a host you have not confirmed; credentials were not sent there.</source>
        <translation>Autodiscover videresender til %1, en vert du ikke har bekreftet; påloggingsinformasjon ble ikke sendt dit.</translation>
    </message>
    <message>
        <source>Confirm %1 if you trust it, or type the EWS URL.</source>
        <translation>Bekreft %1 hvis du stoler på den, eller skriv inn EWS-URL-en.</translation>
    </message>
    <message>
        <source>Autodiscover redirects to %1, a host you have not confirmed; credentials were not sent there. Using the typed EWS URL instead.</source>
        <translation>Autodiscover videresender til %1, en vert du ikke har bekreftet; påloggingsinformasjon ble ikke sendt dit. Bruker den innskrevne EWS-URL-en i stedet.</translation>
    </message>
    <message>
        <source>Autodiscover rejected the service account&apos;s credentials (HTTP 401).</source>
        <translation>Autodiscover avviste tjenestekontoens påloggingsinformasjon (HTTP 401).</translation>
    </message>
    <message>
        <source>See the sign-in check; or type the EWS URL.</source>
        <translation>Se påloggingskontrollen; eller skriv inn EWS-URL-en.</translation>
    </message>
    <message>
        <source>Autodiscover rejected the service account&apos;s credentials (HTTP 401). Using the typed EWS URL instead.</source>
        <translation>Autodiscover avviste tjenestekontoens påloggingsinformasjon (HTTP 401). Bruker den innskrevne EWS-URL-en i stedet.</translation>
    </message>
    <message>
        <source>Not checked: the EWS URL is not known.</source>
        <translation>Ikke kontrollert: EWS-URL-en er ukjent.</translation>
    </message>
    <message>
        <source>Autodiscover returned %1.</source>
        <translation>Autodiscover returnerte %1.</translation>
    </message>
    <message>
        <source>The EWS URL is not https://.</source>
        <translation>EWS-URL-en er ikke https://.</translation>
    </message>
    <message>
        <source>Use the https:// EWS URL.</source>
        <translation>Bruk https://-URL-en til EWS.</translation>
    </message>
    <message>
        <source>Not checked: EWS is not reachable over HTTPS.</source>
        <translation>Ikke kontrollert: EWS kan ikke nås over HTTPS.</translation>
    </message>
    <message>
        <source>Not checked: the TLS handshake failed.</source>
        <translation>Ikke kontrollert: TLS-håndtrykket mislyktes.</translation>
    </message>
    <message>
        <source>EWS at %1 does not answer: %2</source>
        <translation>EWS på %1 svarer ikke: %2</translation>
    </message>
    <message>
        <source>Check the EWS URL, DNS and firewall.</source>
        <translation>Kontroller EWS-URL, DNS og brannmur.</translation>
    </message>
    <message>
        <source>Not checked: EWS is not reachable.</source>
        <translation>Ikke kontrollert: EWS kan ikke nås.</translation>
    </message>
    <message>
        <source>The EWS URL redirects to %1 (wrong URL or an error page).</source>
        <translation>EWS-URL-en videresender til %1 (feil URL eller en feilside).</translation>
    </message>
    <message>
        <source>Use https://&lt;server&gt;/EWS/Exchange.asmx.</source>
        <translation>Bruk https://&lt;server&gt;/EWS/Exchange.asmx.</translation>
    </message>
    <message>
        <source>The EWS URL answers HTTP %1, not EWS.</source>
        <translation>EWS-URL-en svarer HTTP %1, ikke EWS.</translation>
    </message>
    <message>
        <source>Not checked: the EWS URL does not lead to EWS.</source>
        <translation>Ikke kontrollert: EWS-URL-en fører ikke til EWS.</translation>
    </message>
    <message>
        <source>EWS answers (HTTP %1, offers %2).</source>
        <translation>EWS svarer (HTTP %1, tilbyr %2).</translation>
    </message>
    <message>
        <source>EWS answers (HTTP %1, offers no authentication).</source>
        <translation>EWS svarer (HTTP %1, tilbyr ingen autentisering).</translation>
    </message>
    <message>
        <source>The EWS URL answers</source>
        <translation>EWS-URL-en svarer</translation>
    </message>
    <message>
        <source>Autodiscover finds the EWS URL</source>
        <translation>Autodiscover finner EWS-URL-en</translation>
    </message>
    <message>
        <source>Add the issuing CA (PEM); the same CA must be uploaded to Pexip Infinity. Or give Exchange a publicly trusted certificate.</source>
        <translation>Legg til den utstedende sertifiseringsinstansen (PEM); den samme må lastes opp til Pexip Infinity. Eller gi Exchange et offentlig klarert sertifikat.</translation>
    </message>
    <message>
        <source>Add the CA that issued the certificate.</source>
        <translation>Legg til sertifiseringsinstansen som utstedte sertifikatet.</translation>
    </message>
    <message>
        <source>The EWS URL is plain HTTP: credentials are never sent over it.</source>
        <translation>EWS-URL-en er ukryptert HTTP: påloggingsinformasjon sendes aldri over den.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Sertifikatet til %1 er ikke klarert: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, untrusted: %3: %2</source>
        <translation>Sertifikatet til %1 er ikke klarert, ikke klarert: %3: %2</translation>
    </message>
    <message>
        <source>Not checked: EWS did not answer.</source>
        <translation>Ikke kontrollert: EWS svarte ikke.</translation>
    </message>
    <message>
        <source>Trusted by this workstation&apos;s system CAs.</source>
        <translation>Klarert av systemets sertifiseringsinstanser på denne arbeidsstasjonen.</translation>
    </message>
    <message>
        <source>Trusted through the profile&apos;s Exchange CA only (prereq.p5 says whether Pexip trusts it).</source>
        <translation>Klarert bare gjennom profilens Exchange-sertifiseringsinstans (prereq.p5 sier om Pexip klarerer det).</translation>
    </message>
    <message>
        <source>Not checked: the EWS certificate is not trusted (connection.tls).</source>
        <translation>Ikke kontrollert: EWS-sertifikatet er ikke klarert (connection.tls).</translation>
    </message>
    <message>
        <source>This workstation trusts the EWS certificate</source>
        <translation>Denne arbeidsstasjonen klarerer EWS-sertifikatet</translation>
    </message>
</context>
<context>
    <name>otj::CredentialStore</name>
    <message>
        <source>Exchange admin password</source>
        <translation>Exchange-administratorpassord</translation>
    </message>
    <message>
        <source>OTJ service account password</source>
        <translation>Passord for OTJ-tjenestekontoen</translation>
    </message>
    <message>
        <source>Pexip admin password</source>
        <translation>Pexip-administratorpassord</translation>
    </message>
</context>
<context>
    <name>otj::EnvironmentCredentialStore</name>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 er ikke satt.</translation>
    </message>
    <message>
        <source>Passwords from environment variables cannot be changed.</source>
        <translation>Passord fra miljøvariabler kan ikke endres.</translation>
    </message>
    <message>
        <source>Passwords from environment variables cannot be removed.</source>
        <translation>Passord fra miljøvariabler kan ikke fjernes.</translation>
    </message>
    <message>
        <source>environment variables (less safe than the keychain)</source>
        <translation>miljøvariabler (mindre trygt enn nøkkelringen)</translation>
    </message>
</context>
<context>
    <name>otj::ImpersonationStep</name>
    <message>
        <source>The service account may not impersonate %1: the room is outside the impersonation scope (%2).</source>
        <translation>Tjenestekontoen kan ikke representere %1: rommet er utenfor representasjonsomfanget (%2).</translation>
    </message>
    <message>
        <source>Add %1 to the OTJ rooms distribution group. Role and group changes can take up to an hour to reach EWS.</source>
        <translation>Legg %1 til i distribusjonsgruppen for OTJ-rommene. Rolle- og gruppeendringer kan bruke opptil en time før de når EWS.</translation>
    </message>
    <message>
        <source>The service account has no ApplicationImpersonation role assignment (%2).</source>
        <translation>Tjenestekontoen har ingen ApplicationImpersonation-rolletildeling (%2).</translation>
    </message>
    <message>
        <source>Create the scoped ApplicationImpersonation role assignment.</source>
        <translation>Opprett den avgrensede ApplicationImpersonation-rolletildelingen.</translation>
    </message>
    <message>
        <source>%1 is not a mailbox on this Exchange organisation (a typo, not a mailbox, or a mailbox in Exchange Online).</source>
        <translation>%1 er ikke en postboks i denne Exchange-organisasjonen (en skrivefeil, ikke en postboks, eller en postboks i Exchange Online).</translation>
    </message>
    <message>
        <source>Check the room&apos;s primary SMTP address in the room selection.</source>
        <translation>Kontroller rommets primære SMTP-adresse i romvalget.</translation>
    </message>
    <message>
        <source>%1 is not a valid address (%2).</source>
        <translation>%1 er ikke en gyldig adresse (%2).</translation>
    </message>
    <message>
        <source>Correct the address in the room selection.</source>
        <translation>Rett adressen i romvalget.</translation>
    </message>
    <message>
        <source>Access to %1&apos;s calendar is denied (%2).</source>
        <translation>Tilgang til kalenderen til %1 er avvist (%2).</translation>
    </message>
    <message>
        <source>Check the ApplicationImpersonation role assignment.</source>
        <translation>Kontroller ApplicationImpersonation-rolletildelingen.</translation>
    </message>
    <message>
        <source>A server-side or transient problem; see the evidence, then re-run the validation.</source>
        <translation>Et problem på serversiden eller et forbigående problem; se dokumentasjonen, og kjør valideringen på nytt.</translation>
    </message>
    <message>
        <source>Not checked: impersonating %1 failed.</source>
        <translation>Ikke kontrollert: representasjon av %1 mislyktes.</translation>
    </message>
    <message>
        <source>More than %1 items; only the first %1 were inspected.</source>
        <translation>Mer enn %1 elementer; bare de første %1 ble undersøkt.</translation>
    </message>
    <message>
        <source>No mailbox that is not an OTJ room is known to test with (give the Exchange admin account as user@domain).</source>
        <translation>Ingen postboks som ikke er et OTJ-rom, er kjent å teste med (oppgi Exchange-administratorkontoen som bruker@domene).</translation>
    </message>
    <message>
        <source>Over-broad permission: the service account can impersonate %1, which is not an OTJ room.</source>
        <translation>For vid tillatelse: tjenestekontoen kan representere %1, som ikke er et OTJ-rom.</translation>
    </message>
    <message>
        <source>Limit the ApplicationImpersonation assignment with -CustomRecipientWriteScope set to the OTJ rooms scope.</source>
        <translation>Avgrens ApplicationImpersonation-tildelingen med -CustomRecipientWriteScope satt til omfanget for OTJ-rommene.</translation>
    </message>
    <message>
        <source>Impersonating %1 (not a room) is denied.</source>
        <translation>Representasjon av %1 (ikke et rom) avvises.</translation>
    </message>
    <message>
        <source>Could not test with %1: %2</source>
        <translation>Kunne ikke teste med %1: %2</translation>
    </message>
    <message>
        <source>No room can be impersonated (%1 of %2 answered %3): the service account has no ApplicationImpersonation assignment, or its scope contains none of the rooms.</source>
        <translation>Ingen rom kan representeres (%1 av %2 svarte %3): tjenestekontoen har ingen ApplicationImpersonation-tildeling, eller omfanget inneholder ingen av rommene.</translation>
    </message>
    <message>
        <source>Assign ApplicationImpersonation to the service account with -CustomRecipientWriteScope set to a scope over the OTJ rooms distribution group, and make the rooms members of that group. New assignments can take up to an hour to reach EWS.</source>
        <translation>Tildel ApplicationImpersonation til tjenestekontoen med -CustomRecipientWriteScope satt til et omfang over distribusjonsgruppen for OTJ-rommene, og gjør rommene til medlemmer av gruppen. Nye tildelinger kan bruke opptil en time før de når EWS.</translation>
    </message>
    <message>
        <source>No room can be impersonated (%1 of %2 answered %3): the service account has no ApplicationImpersonation assignment, or its scope contains none of the rooms. %4 more failed for their own reasons.</source>
        <translation>Ingen rom kan representeres (%1 av %2 svarte %3): tjenestekontoen har ingen ApplicationImpersonation-tildeling, eller omfanget inneholder ingen av rommene. %4 til mislyktes av egne grunner.</translation>
    </message>
    <message>
        <source>Not judged: the service account cannot impersonate any room either.</source>
        <translation>Ikke vurdert: tjenestekontoen kan heller ikke representere noe rom.</translation>
    </message>
    <message>
        <source>The service account can impersonate every OTJ room</source>
        <translation>Tjenestekontoen kan representere hvert OTJ-rom</translation>
    </message>
    <message numerus="yes">
        <source>Room calendars are readable for the next %n day(s)</source>
        <translation>
            <numerusform>Romkalenderne kan leses for neste %n dag</numerusform>
            <numerusform>Romkalenderne kan leses for de neste %n dagene</numerusform>
        </translation>
    </message>
    <message>
        <source>Impersonation is limited to the OTJ rooms</source>
        <translation>Representasjon er begrenset til OTJ-rommene</translation>
    </message>
    <message>
        <source>The ApplicationImpersonation assignment is scoped to the OTJ rooms group</source>
        <translation>ApplicationImpersonation-tildelingen er avgrenset til OTJ-romgruppen</translation>
    </message>
    <message>
        <source>Apply step 2 (otjctl apply, or the wizard&apos;s step).</source>
        <translation>Bruk trinn 2 (otjctl apply, eller trinnet i veiviseren).</translation>
    </message>
    <message>
        <source>Wait up to an hour, then validate again (otjctl apply re-checks with a back-off).</source>
        <translation>Vent opptil en time, og valider deretter på nytt (otjctl apply kontrollerer på nytt med økende ventetid).</translation>
    </message>
    <message>
        <source>A role assignment named %1 already exists for %2 with the role %3; it cannot be turned into the One-Touch Join assignment.</source>
        <translation>Det finnes allerede en rolletildeling med navnet %1 for %2 med rollen %3; den kan ikke gjøres om til One-Touch Join-tildelingen.</translation>
    </message>
    <message>
        <source>Choose another role assignment name in the profile, or remove that assignment.</source>
        <translation>Velg et annet navn på rolletildelingen i profilen, eller fjern den tildelingen.</translation>
    </message>
    <message>
        <source>The role assignment %1 lets %2 impersonate every mailbox in the organisation (it has no management scope).</source>
        <translation>Rolletildelingen %1 lar %2 representere hver postboks i organisasjonen (den har ikke noe administrasjonsomfang).</translation>
    </message>
    <message>
        <source>Once the scoped assignment works, remove it: Remove-ManagementRoleAssignment &apos;%1&apos;.</source>
        <translation>Når den avgrensede tildelingen virker, fjern denne: Remove-ManagementRoleAssignment &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The management scope %1 is exclusive: only assignments that use it may change the rooms it selects, so every other administrator has lost write access to them.</source>
        <translation>Administrasjonsomfanget %1 er eksklusivt: bare tildelinger som bruker det, kan endre rommene det velger, så alle andre administratorer har mistet skrivetilgangen til dem.</translation>
    </message>
    <message>
        <source>Use a regular scope: remove the scope&apos;s assignments and the scope, then apply step 2 again (it creates a scope without -Exclusive).</source>
        <translation>Bruk et vanlig omfang: fjern omfangets tildelinger og omfanget, og bruk deretter trinn 2 på nytt (det oppretter et omfang uten -Exclusive).</translation>
    </message>
    <message>
        <source>The exclusive management scope %1 (%2) may select One-Touch Join rooms: then only assignments that use it may act on them, and the service account is refused.</source>
        <translation>Det eksklusive administrasjonsomfanget %1 (%2) kan velge One-Touch Join-rom: da kan bare tildelinger som bruker det, handle på dem, og tjenestekontoen blir avvist.</translation>
    </message>
    <message>
        <source>Check the scope&apos;s filter and keep the One-Touch Join rooms out of it.</source>
        <translation>Kontroller omfangets filter, og hold One-Touch Join-rommene utenfor det.</translation>
    </message>
    <message>
        <source>%1 cannot be impersonated: the rooms group %2 does not exist.</source>
        <translation>%1 kan ikke representeres: romgruppen %2 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 cannot be impersonated: it is not a member of the rooms group %2.</source>
        <translation>%1 kan ikke representeres: det er ikke medlem av romgruppen %2.</translation>
    </message>
    <message>
        <source>%1 cannot be impersonated: the management scope %2 does not select the rooms group (filter: %3).</source>
        <translation>%1 kan ikke representeres: administrasjonsomfanget %2 velger ikke romgruppen (filter: %3).</translation>
    </message>
    <message>
        <source>%1 cannot be impersonated: there is no enabled ApplicationImpersonation assignment %2 with the scope %3.</source>
        <translation>%1 kan ikke representeres: det finnes ingen aktivert ApplicationImpersonation-tildeling %2 med omfanget %3.</translation>
    </message>
    <message>
        <source>%1 is not impersonable yet: the assignment %2 was made at %3, and EWS sees role assignments only after Active Directory replication and its RBAC cache (up to an hour).</source>
        <translation>%1 kan ikke representeres ennå: tildelingen %2 ble gjort %3, og EWS ser rolletildelinger først etter replikering i Active Directory og RBAC-hurtigbufferen (opptil en time).</translation>
    </message>
    <message>
        <source>%1 is in the group, the scope selects it and Exchange says the assignment %2 covers it, yet EWS refuses: a recent change of the group or the scope has not reached EWS yet (Active Directory replication and the RBAC cache, up to an hour).</source>
        <translation>%1 er i gruppen, omfanget velger det, og Exchange sier at tildelingen %2 dekker det, men EWS avviser: en nylig endring av gruppen eller omfanget har ikke nådd EWS ennå (replikering i Active Directory og RBAC-hurtigbufferen, opptil en time).</translation>
    </message>
    <message>
        <source>Create the distribution group %1 for the rooms</source>
        <translation>Opprett distribusjonsgruppen %1 for rommene</translation>
    </message>
    <message numerus="yes">
        <source>Make the %n selected room(s) the only members of %1</source>
        <translation>
            <numerusform>Gjør det %n valgte rommet til det eneste medlemmet av %1</numerusform>
            <numerusform>Gjør de %n valgte rommene til de eneste medlemmene av %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Limit the management scope %1 to the members of %2</source>
        <translation>Begrens administrasjonsomfanget %1 til medlemmene av %2</translation>
    </message>
    <message>
        <source>Create the management scope %1 over the members of %2</source>
        <translation>Opprett administrasjonsomfanget %1 over medlemmene av %2</translation>
    </message>
    <message>
        <source>Let %1 impersonate the members of %2 (%3)</source>
        <translation>La %1 representere medlemmene av %2 (%3)</translation>
    </message>
    <message>
        <source>The OTJ rooms group holds exactly the selected rooms and is hidden</source>
        <translation>OTJ-romgruppen inneholder nøyaktig de valgte rommene og er skjult</translation>
    </message>
    <message>
        <source>The service account has no unscoped ApplicationImpersonation</source>
        <translation>Tjenestekontoen har ingen ApplicationImpersonation uten omfang</translation>
    </message>
</context>
<context>
    <name>otj::KeychainCredentialStore</name>
    <message>
        <source>No %1 is stored in the keychain for this profile.</source>
        <translation>Ingen %1 er lagret i nøkkelringen for denne profilen.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>Systemets nøkkelring er ikke tilgjengelig (%1).</translation>
    </message>
    <message>
        <source>The keychain refused: %1.</source>
        <translation>Nøkkelringen avviste: %1.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Systemets nøkkelring svarte ikke innen %1 sekunder.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>systemets nøkkelring</translation>
    </message>
</context>
<context>
    <name>otj::MemoryCredentialStore</name>
    <message>
        <source>No %1 entered for this session.</source>
        <translation>Ingen %1 er oppgitt for denne økten.</translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation>bare denne økten (lagres ikke)</translation>
    </message>
</context>
<context>
    <name>otj::PexipAgreement</name>
    <message>
        <source>Not checked: Pexip has no integration to compare yet.</source>
        <translation>Ikke kontrollert: Pexip har ingen integrasjon å sammenligne ennå.</translation>
    </message>
    <message>
        <source>Not checked: the integration uses KERBEROS, which EWS&apos;s challenge and the service account&apos;s password sign-in cannot prove.</source>
        <translation>Ikke kontrollert: integrasjonen bruker KERBEROS, som verken EWS-utfordringen eller tjenestekontoens passordpålogging kan bevise.</translation>
    </message>
    <message>
        <source>Pexip will sign in with %1, but the EWS directory at %2 offers only: %3.</source>
        <translation>Pexip vil logge på med %1, men EWS-katalogen på %2 tilbyr bare: %3.</translation>
    </message>
    <message>
        <source>Enable %1 on the EWS virtual directory (step 3), or change the integration&apos;s method (step 5).</source>
        <translation>Slå på %1 på den virtuelle EWS-katalogen (trinn 3), eller endre integrasjonens metode (trinn 5).</translation>
    </message>
    <message>
        <source>Pexip will sign in with %1, and the service account cannot sign in with it (step3.authentication): an authentication policy or the password blocks it.</source>
        <translation>Pexip vil logge på med %1, og tjenestekontoen kan ikke logge på med den (step3.authentication): en autentiseringspolicy eller passordet hindrer det.</translation>
    </message>
    <message>
        <source>Fix the sign-in (step 3) first.</source>
        <translation>Rett påloggingen (trinn 3) først.</translation>
    </message>
    <message>
        <source>Pexip will sign in with %1, the profile with %2: whether a policy blocks %1 for the account was not proven.</source>
        <translation>Pexip vil logge på med %1, profilen med %2: om en policy hindrer %1 for kontoen, ble ikke bevist.</translation>
    </message>
    <message>
        <source>Use the same method on both sides.</source>
        <translation>Bruk samme metode på begge sider.</translation>
    </message>
    <message>
        <source>Pexip signs in as %1, but the profile&apos;s service account is %2.</source>
        <translation>Pexip logger på som %1, men profilens tjenestekonto er %2.</translation>
    </message>
    <message>
        <source>Apply step 5 to give Pexip the profile&apos;s account.</source>
        <translation>Bruk trinn 5 for å gi Pexip profilens konto.</translation>
    </message>
    <message>
        <source>Pexip has the account as &quot;%1&quot;, without a domain: Basic and NTLM sign-ins may fail.</source>
        <translation>Pexip har kontoen som «%1», uten domene: Basic- og NTLM-pålogginger kan mislykkes.</translation>
    </message>
    <message>
        <source>Use the UPN (user@domain) or DOMAIN\user.</source>
        <translation>Bruk UPN (bruker@domene) eller DOMENE\bruker.</translation>
    </message>
    <message>
        <source>The EWS URL Pexip has (%1) does not answer as EWS: %2</source>
        <translation>EWS-URL-en Pexip har (%1), svarer ikke som EWS: %2</translation>
    </message>
    <message>
        <source>Apply step 5 with a working EWS URL.</source>
        <translation>Bruk trinn 5 med en EWS-URL som virker.</translation>
    </message>
    <message>
        <source>Pexip uses %1, Autodiscover gives %2 for the rooms (a load-balanced alias is fine).</source>
        <translation>Pexip bruker %1, Autodiscover gir %2 for rommene (et lastbalansert alias er greit).</translation>
    </message>
    <message>
        <source>Pexip signs in as %1 with %2, which the EWS directory offers, at a URL that answers.</source>
        <translation>Pexip logger på som %1 med %2, som EWS-katalogen tilbyr, på en URL som svarer.</translation>
    </message>
</context>
<context>
    <name>otj::PexipPlanner</name>
    <message>
        <source>%1 uses KERBEROS; the profile&apos;s method is %2. Kerberos is left as it is (never downgraded).</source>
        <translation>%1 bruker KERBEROS; profilens metode er %2. Kerberos blir stående (nedgraderes aldri).</translation>
    </message>
    <message>
        <source>Change the method only if you mean to: ask for it explicitly (--replace-kerberos).</source>
        <translation>Endre metoden bare hvis du virkelig vil: be om det uttrykkelig (--replace-kerberos).</translation>
    </message>
    <message>
        <source>%1 is also the account of Pexip&apos;s VMR scheduling connector &quot;%2&quot; (%3).</source>
        <translation>%1 er også kontoen til Pexips VMR-planleggingskobling «%2» (%3).</translation>
    </message>
    <message>
        <source>Pexip says One-Touch Join should use its own service account: choose another.</source>
        <translation>Pexip sier at One-Touch Join skal ha sin egen tjenestekonto: velg en annen.</translation>
    </message>
    <message>
        <source>The FindItem quota %1 is outside Pexip&apos;s range (10,000 to 10,000,000 a day).</source>
        <translation>FindItem-kvoten %1 er utenfor Pexips område (10 000 til 10 000 000 per døgn).</translation>
    </message>
    <message>
        <source>Set a quota in that range in the profile.</source>
        <translation>Angi en kvote i dette området i profilen.</translation>
    </message>
    <message>
        <source>Pexip would not trust the EWS certificate and its root CA is not known here (the chain ends at %1).</source>
        <translation>Pexip ville ikke klarert EWS-sertifikatet, og rotsertifiseringsinstansen er ikke kjent her (kjeden slutter ved %1).</translation>
    </message>
    <message>
        <source>Add the root CA (PEM) to the profile&apos;s Exchange trust entry; it is then uploaded.</source>
        <translation>Legg rotsertifiseringsinstansen (PEM) til profilens Exchange-klarering; den lastes da opp.</translation>
    </message>
    <message>
        <source>The EWS certificate chain was not read, so whether Pexip trusts it was not checked.</source>
        <translation>EWS-sertifikatkjeden ble ikke lest, så om Pexip klarerer den, ble ikke kontrollert.</translation>
    </message>
    <message>
        <source>The service account&apos;s password is not known: the integration cannot be given it.</source>
        <translation>Passordet til tjenestekontoen er ikke kjent: integrasjonen kan ikke få det.</translation>
    </message>
    <message>
        <source>Store it in the keychain (or OTJ_SERVICE_ACCOUNT_PASSWORD) and plan again.</source>
        <translation>Lagre det i nøkkelringen (eller OTJ_SERVICE_ACCOUNT_PASSWORD) og planlegg på nytt.</translation>
    </message>
    <message>
        <source>The Autodiscover directory at %1 does not offer %2 (it offers: %3); Pexip could not sign in there.</source>
        <translation>Autodiscover-katalogen på %1 tilbyr ikke %2 (den tilbyr: %3); Pexip kunne ikke logget på der.</translation>
    </message>
    <message>
        <source>Enable the method on the Autodiscover virtual directory, or leave the Autodiscover URL out (Pexip then uses the EWS URL).</source>
        <translation>Slå på metoden på den virtuelle Autodiscover-katalogen, eller utelat Autodiscover-URL-en (Pexip bruker da EWS-URL-en).</translation>
    </message>
    <message>
        <source>The Autodiscover URL %1 is not an https:// URL.</source>
        <translation>Autodiscover-URL-en %1 er ikke en https://-URL.</translation>
    </message>
    <message>
        <source>Use the https:// Autodiscover URL.</source>
        <translation>Bruk https://-URL-en til Autodiscover.</translation>
    </message>
    <message>
        <source>Whether the Autodiscover directory at %1 allows %2 was not checked.</source>
        <translation>Om Autodiscover-katalogen på %1 tillater %2, ble ikke kontrollert.</translation>
    </message>
    <message>
        <source>Pexip could not be read: %1</source>
        <translation>Pexip kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Trust %1 on Pexip</source>
        <translation>Klarer %1 i Pexip</translation>
    </message>
    <message>
        <source>Update the One-Touch Join Exchange integration &quot;%1&quot; on Pexip</source>
        <translation>Oppdater One-Touch Join-Exchange-integrasjonen «%1» i Pexip</translation>
    </message>
    <message>
        <source>Create the One-Touch Join Exchange integration &quot;%1&quot; on Pexip</source>
        <translation>Opprett One-Touch Join-Exchange-integrasjonen «%1» i Pexip</translation>
    </message>
    <message>
        <source>Give the integration the Autodiscover URL %1</source>
        <translation>Gi integrasjonen Autodiscover-URL-en %1</translation>
    </message>
</context>
<context>
    <name>otj::PexipStep</name>
    <message>
        <source>Run otjctl plan to see the changes and otjctl apply to make them.</source>
        <translation>Kjør otjctl plan for å se endringene og otjctl apply for å gjøre dem.</translation>
    </message>
    <message>
        <source>Not checked: the profile names no Pexip Management Node.</source>
        <translation>Ikke kontrollert: profilen angir ingen Pexip Management Node.</translation>
    </message>
    <message>
        <source>Not checked: the Pexip admin password is not available (%1).</source>
        <translation>Ikke kontrollert: Pexip-administratorpassordet er ikke tilgjengelig (%1).</translation>
    </message>
    <message>
        <source>Store it in the keychain, or set %1 for an unattended run.</source>
        <translation>Lagre det i nøkkelringen, eller sett %1 for en kjøring uten tilsyn.</translation>
    </message>
    <message>
        <source>Pexip could not be read: %1</source>
        <translation>Pexip kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Pexip has no One-Touch Join Exchange integration named &quot;%1&quot;.</source>
        <translation>Pexip har ingen One-Touch Join-Exchange-integrasjon med navnet «%1».</translation>
    </message>
    <message>
        <source>The integration &quot;%1&quot; differs from the profile: %2.</source>
        <translation>Integrasjonen «%1» avviker fra profilen: %2.</translation>
    </message>
    <message>
        <source>The integration &quot;%1&quot; matches the profile (its password cannot be read back).</source>
        <translation>Integrasjonen «%1» samsvarer med profilen (passordet kan ikke leses tilbake).</translation>
    </message>
    <message>
        <source>The Pexip One-Touch Join integration matches the profile</source>
        <translation>Pexips One-Touch Join-integrasjon samsvarer med profilen</translation>
    </message>
    <message>
        <source>Exchange and Pexip agree (method, account, EWS URL)</source>
        <translation>Exchange og Pexip er enige (metode, konto, EWS-URL)</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>ikke lagret</translation>
    </message>
    <message>
        <source>the profile names no Management Node</source>
        <translation>profilen angir ingen Management Node</translation>
    </message>
</context>
<context>
    <name>otj::PrerequisitesStep</name>
    <message>
        <source>Every OTJ room has a room resource mailbox</source>
        <translation>Hvert OTJ-rom har en romressurspostboks</translation>
    </message>
    <message>
        <source>Automatic calendar processing is on for every room</source>
        <translation>Automatisk kalenderbehandling er på for hvert rom</translation>
    </message>
    <message>
        <source>Safe Links does not rewrite join links</source>
        <translation>Safe Links skriver ikke om møtelenker</translation>
    </message>
    <message>
        <source>Exchange Management PowerShell is reachable</source>
        <translation>Exchange Management PowerShell kan nås</translation>
    </message>
    <message>
        <source>Links in invitations from outside the organisation were rewritten by %1 in: %2. One-Touch Join then sees the wrapper, not the join link.</source>
        <translation>Lenker i invitasjoner fra utenfor organisasjonen ble skrevet om av %1 i: %2. One-Touch Join ser da omslaget, ikke møtelenken.</translation>
    </message>
    <message>
        <source>Exclude these rooms from URL rewriting (Safe Links policy in Microsoft Defender, or the gateway&apos;s rewriting rules), then ask organizers to re-send.</source>
        <translation>Unnta disse rommene fra URL-omskriving (Safe Links-policyen i Microsoft Defender eller gatewayens omskrivingsregler), og be deretter arrangørene sende på nytt.</translation>
    </message>
    <message>
        <source>%1 external meetings with links, none rewritten.</source>
        <translation>%1 eksterne møter med lenker, ingen omskrevet.</translation>
    </message>
    <message>
        <source>Nothing to judge: none of the %1 meetings read came from outside the organisation with a link.</source>
        <translation>Ingenting å vurdere: ingen av de %1 leste møtene kom fra utenfor organisasjonen med en lenke.</translation>
    </message>
    <message>
        <source>Check by hand: Safe Links (Microsoft Defender for Office 365) if mail passes through Exchange Online Protection; URL rewriting at a third-party gateway (Proofpoint, Mimecast…). Or send the room a test invitation from outside and validate again.</source>
        <translation>Kontroller manuelt: Safe Links (Microsoft Defender for Office 365) hvis e-post går gjennom Exchange Online Protection; URL-omskriving i en gateway fra tredjepart (Proofpoint, Mimecast …). Eller send rommet en testinvitasjon utenfra og valider på nytt.</translation>
    </message>
    <message>
        <source>The chain ends at %1, a public root (Mozilla bundle %2): Pexip trusts it.</source>
        <translation>Kjeden slutter ved %1, en offentlig rot (Mozilla-pakken %2): Pexip klarerer den.</translation>
    </message>
    <message>
        <source>The chain ends at %1, which is uploaded to Pexip.</source>
        <translation>Kjeden slutter ved %1, som er lastet opp til Pexip.</translation>
    </message>
    <message>
        <source>Pexip will not trust the EWS certificate: its chain ends at %1, which is neither a public root (Mozilla bundle %2) nor uploaded to Pexip.</source>
        <translation>Pexip vil ikke klarere EWS-sertifikatet: kjeden slutter ved %1, som verken er en offentlig rot (Mozilla-pakken %2) eller lastet opp til Pexip.</translation>
    </message>
    <message>
        <source>Upload the CA to Pexip (step 5 does it: otjctl apply), or give Exchange a publicly trusted certificate.</source>
        <translation>Last opp sertifiseringsinstansen til Pexip (trinn 5 gjør det: otjctl apply), eller gi Exchange et offentlig klarert sertifikat.</translation>
    </message>
    <message>
        <source>The chain ends at %1, not a public root; whether it is uploaded to Pexip is not known: %2</source>
        <translation>Kjeden slutter ved %1, ikke en offentlig rot; om den er lastet opp til Pexip, er ukjent: %2</translation>
    </message>
    <message>
        <source>Give the Pexip admin password (keychain or OTJ_PEXIP_PASSWORD) and the Management Node, then validate again.</source>
        <translation>Oppgi Pexip-administratorpassordet (nøkkelring eller OTJ_PEXIP_PASSWORD) og Management Node, og valider på nytt.</translation>
    </message>
    <message>
        <source>Pexip trusts the chain, but %1 expires on %2.</source>
        <translation>Pexip klarerer kjeden, men %1 utløper %2.</translation>
    </message>
    <message>
        <source>Renew it before then (and upload the new CA to Pexip if it is private).</source>
        <translation>Forny det før den tid (og last opp den nye sertifiseringsinstansen til Pexip hvis den er privat).</translation>
    </message>
    <message>
        <source>Not checked: the EWS certificate chain was not read (see connection.tls).</source>
        <translation>Ikke kontrollert: EWS-sertifikatkjeden ble ikke lest (se connection.tls).</translation>
    </message>
    <message>
        <source>This machine&apos;s PowerShell could not open Exchange Management PowerShell: %1</source>
        <translation>PowerShell på denne maskinen kunne ikke åpne Exchange Management PowerShell: %1</translation>
    </message>
    <message>
        <source>%2 Or export the setup script (otjctl script --profile FILE) and run it on a machine where Exchange Management PowerShell works.</source>
        <translation>%2 Eller eksporter oppsettskriptet (otjctl script --profile FIL) og kjør det på en maskin der Exchange Management PowerShell fungerer.</translation>
    </message>
    <message>
        <source>The admin&apos;s Exchange session lacks cmdlets the steps need: %1.</source>
        <translation>Administratorens Exchange-økt mangler cmdleter som stegene trenger: %1.</translation>
    </message>
    <message>
        <source>Ask an Exchange administrator to assign these management roles (Organization Management has them all), or sign in with an account that has them.</source>
        <translation>Be en Exchange-administrator om å tildele disse administrasjonsrollene (Organization Management har alle), eller logg på med en konto som har dem.</translation>
    </message>
    <message>
        <source>Exchange Management PowerShell answered; the session has every cmdlet the steps used (%1 in the session).</source>
        <translation>Exchange Management PowerShell svarte; økten har alle cmdletene stegene brukte (%1 i økten).</translation>
    </message>
    <message>
        <source>Pexip will trust the EWS certificate</source>
        <translation>Pexip vil klarere EWS-sertifikatet</translation>
    </message>
    <message>
        <source>Remove it from the OTJ rooms, or select the room mailbox it stands for (OTJ joins meetings from room mailboxes only).</source>
        <translation>Fjern den fra OTJ-rommene, eller velg rompostboksen den står for (OTJ blir med i møter bare fra rompostbokser).</translation>
    </message>
    <message>
        <source>%1 is a room mailbox.</source>
        <translation>%1 er en rompostboks.</translation>
    </message>
    <message>
        <source>%1 is a proxy address of the room mailbox %2: OTJ identifies rooms by their primary SMTP address.</source>
        <translation>%1 er en proxyadresse for rompostboksen %2: OTJ kjenner igjen rom på deres primære SMTP-adresse.</translation>
    </message>
    <message>
        <source>Select %2 instead of %1.</source>
        <translation>Velg %2 i stedet for %1.</translation>
    </message>
    <message>
        <source>The room mailbox %1 has no primary SMTP address.</source>
        <translation>Rompostboksen %1 har ingen primær SMTP-adresse.</translation>
    </message>
    <message>
        <source>Give the room mailbox a primary SMTP address (its email address policy or Set-Mailbox -PrimarySmtpAddress).</source>
        <translation>Gi rompostboksen en primær SMTP-adresse (dens e-postadressepolicy eller Set-Mailbox -PrimarySmtpAddress).</translation>
    </message>
    <message>
        <source>%1 is a room mailbox in Exchange Online (RemoteRoomMailbox): on-premises EWS cannot open it.</source>
        <translation>%1 er en rompostboks i Exchange Online (RemoteRoomMailbox): lokal EWS kan ikke åpne den.</translation>
    </message>
    <message>
        <source>Remove it from these rooms and join it through Pexip&apos;s Microsoft Graph (Exchange Online) integration.</source>
        <translation>Fjern den fra disse rommene og koble den til gjennom Pexips Microsoft Graph-integrasjon (Exchange Online).</translation>
    </message>
    <message>
        <source>%1 is an equipment mailbox (%2), not a room mailbox.</source>
        <translation>%1 er en utstyrspostboks (%2), ikke en rompostboks.</translation>
    </message>
    <message>
        <source>%1 is a user or shared mailbox (%2), not a room mailbox.</source>
        <translation>%1 er en bruker- eller delt postboks (%2), ikke en rompostboks.</translation>
    </message>
    <message>
        <source>Remove it from the OTJ rooms, or convert it to a room mailbox (Set-Mailbox -Type Room) if it stands for a room.</source>
        <translation>Fjern den fra OTJ-rommene, eller gjør den om til en rompostboks (Set-Mailbox -Type Room) hvis den står for et rom.</translation>
    </message>
    <message>
        <source>%1 is a group or room list (%2), not a room mailbox.</source>
        <translation>%1 er en gruppe eller romliste (%2), ikke en rompostboks.</translation>
    </message>
    <message>
        <source>Select the room mailboxes it holds instead (a room list selects its rooms).</source>
        <translation>Velg heller rompostboksene den inneholder (en romliste velger rommene sine).</translation>
    </message>
    <message>
        <source>%1 is a mail contact or mail user (%2): its mailbox is outside this Exchange organisation.</source>
        <translation>%1 er en e-postkontakt eller e-postbruker (%2): postboksen ligger utenfor denne Exchange-organisasjonen.</translation>
    </message>
    <message>
        <source>Exchange does not know %1.</source>
        <translation>Exchange kjenner ikke %1.</translation>
    </message>
    <message>
        <source>Check the address for typing errors, or remove it.</source>
        <translation>Kontroller adressen for skrivefeil, eller fjern den.</translation>
    </message>
    <message>
        <source>Not checked: the rooms could not be read (%1).</source>
        <translation>Ikke kontrollert: rommene kunne ikke leses (%1).</translation>
    </message>
    <message>
        <source>%1 accepts meetings automatically (AutoAccept).</source>
        <translation>%1 godtar møter automatisk (AutoAccept).</translation>
    </message>
    <message>
        <source>%1 does not accept meetings automatically (AutomateProcessing %2): OTJ sees no meeting that the room did not accept.</source>
        <translation>%1 godtar ikke møter automatisk (AutomateProcessing %2): OTJ ser ingen møter som rommet ikke har godtatt.</translation>
    </message>
    <message>
        <source>Apply the calendar-processing step: it sets AutomateProcessing AutoAccept (Set-CalendarProcessing -Identity %1 -AutomateProcessing AutoAccept).</source>
        <translation>Bruk steget for kalenderbehandling: det setter AutomateProcessing AutoAccept (Set-CalendarProcessing -Identity %1 -AutomateProcessing AutoAccept).</translation>
    </message>
    <message>
        <source>Not checked: the calendar processing of %1 was not read%2.</source>
        <translation>Ikke kontrollert: kalenderbehandlingen for %1 ble ikke lest%2.</translation>
    </message>
    <message>
        <source>Not checked: %1 is not an on-premises room mailbox (P1).</source>
        <translation>Ikke kontrollert: %1 er ikke en lokal rompostboks (P1).</translation>
    </message>
</context>
<context>
    <name>otj::ProfileModel</name>
    <message>
        <source>Choose where to save the profile.</source>
        <translation>Velg hvor profilen skal lagres.</translation>
    </message>
</context>
<context>
    <name>otj::ProfileStore</name>
    <message>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>Ugyldig JSON på linje %1, kolonne %2: %3.</translation>
    </message>
    <message>
        <source>A profile is a JSON object ({ … }).</source>
        <translation>En profil er et JSON-objekt ({ … }).</translation>
    </message>
    <message>
        <source>Missing: every profile states its schemaVersion.</source>
        <translation>Mangler: hver profil oppgir sin schemaVersion.</translation>
    </message>
    <message>
        <source>Expected a whole number, found %1.</source>
        <translation>Forventet et heltall, fant %1.</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of OTJ Exchange Setup (schema %1; this version reads up to %2). Open it with the newer version; it is not changed.</source>
        <translation>Denne profilen ble skrevet av en nyere versjon av OTJ Exchange Setup (skjema %1; denne versjonen leser opptil %2). Åpne den med den nyere versjonen; den er ikke endret.</translation>
    </message>
    <message>
        <source>Unsupported schemaVersion %1.</source>
        <translation>schemaVersion %1 støttes ikke.</translation>
    </message>
    <message>
        <source>Missing: the profile id links the profile to its stored credentials.</source>
        <translation>Mangler: profil-ID-en knytter profilen til de lagrede påloggingsopplysningene.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>«%1» er ikke en UUID.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Kan ikke lese %1: %2.</translation>
    </message>
    <message>
        <source>Not set yet: %1.</source>
        <translation>Ikke satt ennå: %1.</translation>
    </message>
    <message>
        <source>At most %1 characters (it has %2).</source>
        <translation>Høyst %1 tegn (den har %2).</translation>
    </message>
    <message>
        <source>the EWS URL</source>
        <translation>EWS-URL-en</translation>
    </message>
    <message>
        <source>the address Autodiscover starts from</source>
        <translation>adressen Autodiscover starter fra</translation>
    </message>
    <message>
        <source>the Autodiscover URL</source>
        <translation>Autodiscover-URL-en</translation>
    </message>
    <message>
        <source>the remote PowerShell URI, e.g. http://mail.example.com/PowerShell/</source>
        <translation>URI-en for ekstern PowerShell, f.eks. http://mail.example.com/PowerShell/</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>«%1» er ikke en av: %2.</translation>
    </message>
    <message>
        <source>Basic authentication over http:// would send the admin password in clear text; use Kerberos, or an https:// URI.</source>
        <translation>Basic-autentisering over http:// ville sende administratorpassordet i klartekst; bruk Kerberos eller en https://-URI.</translation>
    </message>
    <message>
        <source>the Exchange admin account</source>
        <translation>Exchange-administratorkontoen</translation>
    </message>
    <message>
        <source>the OTJ service account</source>
        <translation>OTJ-tjenestekontoen</translation>
    </message>
    <message>
        <source>the service account&apos;s display name</source>
        <translation>visningsnavnet til tjenestekontoen</translation>
    </message>
    <message>
        <source>The OTJ service account must be its own account, not the Exchange admin.</source>
        <translation>OTJ-tjenestekontoen må være en egen konto, ikke Exchange-administratoren.</translation>
    </message>
    <message>
        <source>Give the OU as a distinguished name (OU=Service Accounts,DC=example,DC=com) or canonical name (example.com/Service Accounts).</source>
        <translation>Oppgi OU-en som unikt navn (OU=Service Accounts,DC=example,DC=com) eller kanonisk navn (example.com/Service Accounts).</translation>
    </message>
    <message>
        <source>the distribution group that holds the OTJ rooms</source>
        <translation>distribusjonsgruppen som inneholder OTJ-rommene</translation>
    </message>
    <message>
        <source>No OTJ rooms selected yet.</source>
        <translation>Ingen OTJ-rom er valgt ennå.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 står oppført to ganger.</translation>
    </message>
    <message>
        <source>the management scope name</source>
        <translation>navnet på administrasjonsomfanget</translation>
    </message>
    <message>
        <source>the role assignment name</source>
        <translation>navnet på rolletildelingen</translation>
    </message>
    <message>
        <source>One-Touch Join needs rooms to accept invites automatically: AutoAccept (found &quot;%1&quot;).</source>
        <translation>One-Touch Join trenger rom som godtar invitasjoner automatisk: AutoAccept (fant «%1»).</translation>
    </message>
    <message>
        <source>the Pexip Management Node address</source>
        <translation>adressen til Pexip-administrasjonsnoden</translation>
    </message>
    <message>
        <source>the Pexip admin user</source>
        <translation>Pexip-administratorbrukeren</translation>
    </message>
    <message>
        <source>the integration&apos;s name</source>
        <translation>navnet på integrasjonen</translation>
    </message>
    <message>
        <source>At most 250 characters (it has %1).</source>
        <translation>Høyst 250 tegn (den har %1).</translation>
    </message>
    <message>
        <source>Pexip accepts 10000 to 10000000 FindItem requests per 24 hours (found %1).</source>
        <translation>Pexip godtar 10000 til 10000000 FindItem-forespørsler per 24 timer (fant %1).</translation>
    </message>
    <message>
        <source>Missing: the SHA-256 fingerprint of the CA (it is %1).</source>
        <translation>Mangler: SHA-256-fingeravtrykket til CA-en (det er %1).</translation>
    </message>
    <message>
        <source>Not a SHA-256 fingerprint (64 hex digits).</source>
        <translation>Ikke et SHA-256-fingeravtrykk (64 heksadesimale sifre).</translation>
    </message>
    <message>
        <source>The CA certificate does not match its recorded fingerprint (recorded %1, actual %2): choose the CA again.</source>
        <translation>CA-sertifikatet samsvarer ikke med det registrerte fingeravtrykket (registrert %1, faktisk %2): velg CA-en på nytt.</translation>
    </message>
    <message>
        <source>A fingerprint is recorded but the CA certificate is missing.</source>
        <translation>Et fingeravtrykk er registrert, men CA-sertifikatet mangler.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Kan ikke skrive %1: %2.</translation>
    </message>
    <message>
        <source>Unknown setting; it is ignored (misspelt, or written by a newer version?).</source>
        <translation>Ukjent innstilling; den ignoreres (feilstavet, eller skrevet av en nyere versjon?).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false eller null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltall</translation>
    </message>
    <message>
        <source>a list of text values</source>
        <translation>en liste med tekstverdier</translation>
    </message>
    <message>
        <source>Expected text, found %1.</source>
        <translation>Forventet tekst, fant %1.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Forventet %1, fant %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a directory, named pipe or device); a profile is a .json file.</source>
        <translation>%1 er ikke en vanlig fil (en mappe, navngitt rør eller enhet); en profil er en .json-fil.</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB: too large to be a profile.</source>
        <translation>%1 er større enn 4 MiB: for stor til å være en profil.</translation>
    </message>
    <message>
        <source>The CA file holds %1 certificates; the old profile format checked only the first. All are now listed with their fingerprints: check each one and save the profile.</source>
        <translation>CA-filen inneholder %1 sertifikater; det gamle profilformatet kontrollerte bare det første. Alle er nå oppført med sine fingeravtrykk: kontroller hvert av dem og lagre profilen.</translation>
    </message>
    <message>
        <source>Expected a list of certificates, found %1.</source>
        <translation>Forventet en liste med sertifikater, fant %1.</translation>
    </message>
    <message>
        <source>Expected an object, found %1.</source>
        <translation>Forventet et objekt, fant %1.</translation>
    </message>
    <message>
        <source>Certificates are recorded but the CA certificate PEM is missing.</source>
        <translation>Sertifikater er registrert, men CA-sertifikatets PEM mangler.</translation>
    </message>
    <message>
        <source>Certificate %1 in the PEM (%2, SHA-256 %3) is not recorded: the file was changed. Choose the CA again.</source>
        <translation>Sertifikat %1 i PEM-en (%2, SHA-256 %3) er ikke registrert: filen er endret. Velg CA-en på nytt.</translation>
    </message>
    <message>
        <source>Recorded, but the PEM no longer holds this certificate: choose the CA again.</source>
        <translation>Registrert, men PEM-en inneholder ikke lenger dette sertifikatet: velg CA-en på nytt.</translation>
    </message>
    <message>
        <source>Ignored: the PowerShell program is a setting of this computer, never of a profile. Saving the profile removes this value.</source>
        <translation>Ignorert: PowerShell-programmet er en innstilling på denne datamaskinen, aldri i en profil. Når profilen lagres, fjernes denne verdien.</translation>
    </message>
</context>
<context>
    <name>otj::Reasons</name>
    <message>
        <source>Needs the Exchange PowerShell checks, which are not available in this version; nothing was checked.</source>
        <translation>Krever Exchange PowerShell-kontrollene, som ikke er tilgjengelige i denne versjonen; ingenting ble kontrollert.</translation>
    </message>
    <message>
        <source>Skipped in --service-account-only mode: needs the Exchange admin&apos;s PowerShell session.</source>
        <translation>Hoppet over i modusen --service-account-only: krever Exchange-administratorens PowerShell-økt.</translation>
    </message>
    <message>
        <source>See the evidence, then re-run the validation.</source>
        <translation>Se dokumentasjonen, og kjør valideringen på nytt.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Ikke kontrollert.</translation>
    </message>
    <message>
        <source>Exchange could not be inspected for this step; nothing was checked.</source>
        <translation>Exchange kunne ikke undersøkes for dette trinnet; ingenting ble kontrollert.</translation>
    </message>
    <message>
        <source>See the inspection&apos;s errors (otjctl plan), then inspect again.</source>
        <translation>Se feilene fra undersøkelsen (otjctl plan), og undersøk deretter på nytt.</translation>
    </message>
    <message>
        <source>Not set up yet: %1.</source>
        <translation>Ikke satt opp ennå: %1.</translation>
    </message>
    <message>
        <source>Apply the step&apos;s changes (otjctl apply, or the wizard&apos;s step).</source>
        <translation>Bruk trinnets endringer (otjctl apply, eller trinnet i veiviseren).</translation>
    </message>
</context>
<context>
    <name>otj::ServiceAccountStep</name>
    <message>
        <source>The service account exists and is enabled</source>
        <translation>Tjenestekontoen finnes og er aktivert</translation>
    </message>
    <message>
        <source>Set &quot;Password never expires&quot; on the account in Active Directory (Set-ADUser -PasswordNeverExpires $true), or plan to change the password in Pexip whenever it is changed in Active Directory.</source>
        <translation>Sett «Passordet utløper aldri» på kontoen i Active Directory (Set-ADUser -PasswordNeverExpires $true), eller planlegg å endre passordet i Pexip hver gang det endres i Active Directory.</translation>
    </message>
    <message>
        <source>Use a dedicated service account for One-Touch Join (choose &quot;Create&quot; in step 1).</source>
        <translation>Bruk en egen tjenestekonto for One-Touch Join (velg «Opprett» i trinn 1).</translation>
    </message>
    <message>
        <source>The profile names no service account.</source>
        <translation>Profilen angir ingen tjenestekonto.</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s user principal name in step 1.</source>
        <translation>Skriv inn tjenestekontoens brukerhovednavn (UPN) i trinn 1.</translation>
    </message>
    <message>
        <source>%1 does not exist in Active Directory, and the profile says to use an existing account (nothing is created).</source>
        <translation>%1 finnes ikke i Active Directory, og profilen sier at en eksisterende konto skal brukes (ingenting blir opprettet).</translation>
    </message>
    <message>
        <source>Correct the user principal name, or choose &quot;Create&quot; in step 1.</source>
        <translation>Rett brukerhovednavnet, eller velg «Opprett» i trinn 1.</translation>
    </message>
    <message>
        <source>%1 is disabled in Active Directory (UserAccountControl: %2).</source>
        <translation>%1 er deaktivert i Active Directory (UserAccountControl: %2).</translation>
    </message>
    <message>
        <source>Enable the account (Active Directory Users and Computers, or Enable-ADAccount).</source>
        <translation>Aktiver kontoen (Active Directory-brukere og -datamaskiner, eller Enable-ADAccount).</translation>
    </message>
    <message>
        <source>EWS is switched off for %1 (EwsEnabled $false in %2).</source>
        <translation>EWS er slått av for %1 (EwsEnabled $false i %2).</translation>
    </message>
    <message>
        <source>Switch EWS on for the account: Set-CASMailbox &lt;account&gt; -EwsEnabled $true, or for the organisation: Set-OrganizationConfig -EwsEnabled $true.</source>
        <translation>Slå på EWS for kontoen: Set-CASMailbox &lt;konto&gt; -EwsEnabled $true, eller for organisasjonen: Set-OrganizationConfig -EwsEnabled $true.</translation>
    </message>
    <message>
        <source>EWS only serves the client programs in an allow list (EnforceAllowList in %2: %3), and One-Touch Join&apos;s User-Agent is not documented: %1 may be refused.</source>
        <translation>EWS betjener bare klientprogrammene i en tillatelsesliste (EnforceAllowList i %2: %3), og One-Touch Joins User-Agent er ikke dokumentert: %1 kan bli avvist.</translation>
    </message>
    <message>
        <source>Exempt the account (Set-CASMailbox &lt;account&gt; -EwsApplicationAccessPolicy $null -EwsEnabled $true), or read Pexip&apos;s User-Agent in the IIS logs and add it to EwsAllowList.</source>
        <translation>Unnta kontoen (Set-CASMailbox &lt;konto&gt; -EwsApplicationAccessPolicy $null -EwsEnabled $true), eller finn Pexips User-Agent i IIS-loggene og legg den til i EwsAllowList.</translation>
    </message>
    <message>
        <source>EWS refuses the client programs in a block list (EnforceBlockList in %2: %3), and One-Touch Join&apos;s User-Agent is not documented: check that no entry matches it for %1.</source>
        <translation>EWS avviser klientprogrammene i en blokkeringsliste (EnforceBlockList i %2: %3), og One-Touch Joins User-Agent er ikke dokumentert: kontroller at ingen oppføring treffer den for %1.</translation>
    </message>
    <message>
        <source>Read Pexip&apos;s User-Agent in the IIS logs and make sure the block list does not match it.</source>
        <translation>Finn Pexips User-Agent i IIS-loggene, og sørg for at blokkeringslisten ikke treffer den.</translation>
    </message>
    <message>
        <source>%1&apos;s password can expire (UserAccountControl: %2). Pexip keeps the password; when it expires, One-Touch Join stops.</source>
        <translation>Passordet til %1 kan utløpe (UserAccountControl: %2). Pexip lagrer passordet; når det utløper, stopper One-Touch Join.</translation>
    </message>
    <message>
        <source>%1 will be created with a password that expires by the domain&apos;s policy (Exchange cannot set &quot;Password never expires&quot;). Pexip keeps the password; when it expires, One-Touch Join stops.</source>
        <translation>%1 blir opprettet med et passord som utløper etter domenets policy (Exchange kan ikke sette «Passordet utløper aldri»). Pexip lagrer passordet; når det utløper, stopper One-Touch Join.</translation>
    </message>
    <message>
        <source>%1 already holds ApplicationImpersonation through %2: it is probably used by another application, such as Pexip&apos;s VMR scheduling. Pexip says the One-Touch Join account should be a different one.</source>
        <translation>%1 har allerede ApplicationImpersonation gjennom %2: den brukes trolig av et annet program, for eksempel Pexips VMR-planlegging. Pexip sier at One-Touch Join-kontoen bør være en annen.</translation>
    </message>
    <message>
        <source>%1 is the account Pexip&apos;s VMR scheduling connector signs in with (%2). Pexip says the One-Touch Join account should be a different one; this tool does not share it (our policy).</source>
        <translation>%1 er kontoen som Pexips VMR-planleggingskobling logger på med (%2). Pexip sier at One-Touch Join-kontoen bør være en annen; dette verktøyet deler den ikke (vår policy).</translation>
    </message>
    <message>
        <source>Create the service account %1 with a mailbox</source>
        <translation>Opprett tjenestekontoen %1 med en postboks</translation>
    </message>
    <message>
        <source>The service account is not another application&apos;s</source>
        <translation>Tjenestekontoen tilhører ikke et annet program</translation>
    </message>
    <message>
        <source>The service account may use EWS</source>
        <translation>Tjenestekontoen kan bruke EWS</translation>
    </message>
    <message>
        <source>The service account&apos;s password does not expire</source>
        <translation>Tjenestekontoens passord utløper ikke</translation>
    </message>
</context>
<context>
    <name>otj::Steps</name>
    <message>
        <source>Prerequisites</source>
        <translation>Forutsetninger</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Tilkoblinger</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Tjenestekonto</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Representasjon</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autentisering</translation>
    </message>
    <message>
        <source>Calendar processing</source>
        <translation>Kalenderbehandling</translation>
    </message>
    <message>
        <source>Pexip integration</source>
        <translation>Pexip-integrasjon</translation>
    </message>
</context>
<context>
    <name>otj::ValidationResults</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislyktes</numerusform>
            <numerusform>%n mislyktes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n med advarsel</numerusform>
            <numerusform>%n med advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n ikke kontrollert</numerusform>
            <numerusform>%n ikke kontrollert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rooms: %3.</source>
        <translation>%1 av %2 rom: %3.</translation>
    </message>
    <message>
        <source>See each room&apos;s fix.</source>
        <translation>Se løsningen for hvert rom.</translation>
    </message>
    <message>
        <source>No rooms to check.</source>
        <translation>Ingen rom å kontrollere.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
</context>
<context>
    <name>otj::authentication::AuthenticationPlanner</name>
    <message>
        <source>Apply step 3: it assigns %1 the authentication policy %3, which leaves legacy EWS authentication open; the organisation&apos;s default policy is not changed.</source>
        <translation>Bruk steg 3: det tildeler %1 autentiseringspolicyen %3, som lar eldre EWS-autentisering være åpen; organisasjonens standardpolicy endres ikke.</translation>
    </message>
    <message>
        <source>Basic authentication on the EWS directory of %1 is open to every user of EWS on that server, not only the service account (organisation-wide exposure).</source>
        <translation>Basic-autentisering på EWS-katalogen til %1 er åpen for alle EWS-brukere på den serveren, ikke bare tjenestekontoen (eksponering for hele organisasjonen).</translation>
    </message>
    <message>
        <source>Prefer NTLM where Pexip can use it; with Basic, keep EWS reachable only from Pexip&apos;s Conferencing Nodes where you can.</source>
        <translation>Velg helst NTLM der Pexip kan bruke det; med Basic bør EWS om mulig bare kunne nås fra Pexips Conferencing Nodes.</translation>
    </message>
    <message>
        <source>Basic authentication is on for the EWS directory of every Mailbox server (%1).</source>
        <translation>Basic-autentisering er på for EWS-katalogen til hver postboksserver (%1).</translation>
    </message>
    <message>
        <source>Basic authentication is off on the EWS directory of %1.</source>
        <translation>Basic-autentisering er av på EWS-katalogen til %1.</translation>
    </message>
    <message>
        <source>Apply step 3 (Set-WebServicesVirtualDirectory -BasicAuthentication $true on each; organisation-wide exposure), or choose NTLM.</source>
        <translation>Bruk steg 3 (Set-WebServicesVirtualDirectory -BasicAuthentication $true på hver; eksponering for hele organisasjonen), eller velg NTLM.</translation>
    </message>
    <message>
        <source>Windows authentication (NTLM) is on for the EWS directory of every Mailbox server (%1).</source>
        <translation>Windows-autentisering (NTLM) er på for EWS-katalogen til hver postboksserver (%1).</translation>
    </message>
    <message>
        <source>Windows authentication (NTLM) is off on the EWS directory of %1.</source>
        <translation>Windows-autentisering (NTLM) er av på EWS-katalogen til %1.</translation>
    </message>
    <message>
        <source>Enable it (Set-WebServicesVirtualDirectory -WindowsAuthentication $true), or choose Basic.</source>
        <translation>Slå den på (Set-WebServicesVirtualDirectory -WindowsAuthentication $true), eller velg Basic.</translation>
    </message>
    <message>
        <source>Extended Protection is required on the EWS directory of %1: NTLM sign-ins without channel binding are refused (this tool&apos;s own EWS checks send none; whether Pexip&apos;s NTLM does is not confirmed).</source>
        <translation>Extended Protection er påkrevd på EWS-katalogen til %1: NTLM-pålogginger uten kanalbinding avvises (dette verktøyets egne EWS-kontroller sender ingen; om Pexips NTLM gjør det, er ikke bekreftet).</translation>
    </message>
    <message>
        <source>Set ExtendedProtectionTokenChecking to Allow on the front-end EWS directory (Microsoft&apos;s recommended setting there), or use Basic.</source>
        <translation>Sett ExtendedProtectionTokenChecking til Allow på EWS-katalogen i front-end (Microsofts anbefalte innstilling der), eller bruk Basic.</translation>
    </message>
    <message>
        <source>Not checked: the EWS virtual directories could not be read (%1).</source>
        <translation>Ikke kontrollert: de virtuelle EWS-katalogene kunne ikke leses (%1).</translation>
    </message>
    <message>
        <source>This Exchange version has no authentication policies (they exist from Exchange 2019 CU2).</source>
        <translation>Denne Exchange-versjonen har ingen autentiseringspolicyer (de finnes fra Exchange 2019 CU2).</translation>
    </message>
    <message>
        <source>No authentication policy applies to %1.</source>
        <translation>Ingen autentiseringspolicy gjelder for %1.</translation>
    </message>
    <message>
        <source>The authentication policy %2 applies to %1 and leaves legacy EWS authentication open.</source>
        <translation>Autentiseringspolicyen %2 gjelder for %1 og lar eldre EWS-autentisering være åpen.</translation>
    </message>
    <message>
        <source>The authentication policy %2 assigned to %1 blocks legacy EWS authentication (BlockLegacyAuthWebServices): Basic and NTLM sign-ins get HTTP 401.</source>
        <translation>Autentiseringspolicyen %2 som er tildelt %1, blokkerer eldre EWS-autentisering (BlockLegacyAuthWebServices): Basic- og NTLM-pålogginger får HTTP 401.</translation>
    </message>
    <message>
        <source>The organisation&apos;s default authentication policy %2 applies to %1 and blocks legacy EWS authentication (BlockLegacyAuthWebServices): Basic and NTLM sign-ins get HTTP 401.</source>
        <translation>Organisasjonens standard autentiseringspolicy %2 gjelder for %1 og blokkerer eldre EWS-autentisering (BlockLegacyAuthWebServices): Basic- og NTLM-pålogginger får HTTP 401.</translation>
    </message>
    <message>
        <source>Not checked: the authentication policies could not be read (%1).</source>
        <translation>Ikke kontrollert: autentiseringspolicyene kunne ikke leses (%1).</translation>
    </message>
    <message>
        <source>Open legacy authentication for EWS and Autodiscover again in the authentication policy %1</source>
        <translation>Åpne eldre autentisering for EWS og Autodiscover igjen i autentiseringspolicyen %1</translation>
    </message>
    <message>
        <source>Create the authentication policy %1: legacy authentication only for EWS and Autodiscover</source>
        <translation>Opprett autentiseringspolicyen %1: eldre autentisering bare for EWS og Autodiscover</translation>
    </message>
    <message>
        <source>the EWS virtual directory of every Mailbox server</source>
        <translation>den virtuelle EWS-katalogen til hver postboksserver</translation>
    </message>
    <message>
        <source>Allow Basic authentication on the EWS virtual directory of every Mailbox server</source>
        <translation>Tillat Basic-autentisering på den virtuelle EWS-katalogen til hver postboksserver</translation>
    </message>
    <message>
        <source>Allow Basic authentication on %1</source>
        <translation>Tillat Basic-autentisering på %1</translation>
    </message>
    <message>
        <source>Assign the authentication policy %1 to %2 instead of %3</source>
        <translation>Tildel autentiseringspolicyen %1 til %2 i stedet for %3</translation>
    </message>
    <message>
        <source>Assign the authentication policy %1 to %2 (the organisation&apos;s default %3 stays as it is)</source>
        <translation>Tildel autentiseringspolicyen %1 til %2 (organisasjonens standard %3 forblir som den er)</translation>
    </message>
    <message>
        <source>every Mailbox server</source>
        <translation>hver postboksserver</translation>
    </message>
</context>
<context>
    <name>otj::certs</name>
    <message>
        <source>The file contains a private key. Choose the CA certificate only (never a key).</source>
        <translation>Filen inneholder en privat nøkkel. Velg bare CA-sertifikatet (aldri en nøkkel).</translation>
    </message>
    <message>
        <source>No PEM certificate found (expected &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Fant ikke noe PEM-sertifikat (forventet «-----BEGIN CERTIFICATE-----»).</translation>
    </message>
    <message>
        <source>A certificate in the file could not be read.</source>
        <translation>Et sertifikat i filen kunne ikke leses.</translation>
    </message>
    <message>
        <source>%1 (expires %2), SHA-256 %3</source>
        <translation>%1 (utløper %2), SHA-256 %3</translation>
    </message>
</context>
<context>
    <name>otj::cli</name>
    <message>
        <source>report --profile FILE --format html|pdf|json -o FILE: configuration report</source>
        <translation>report --profile FIL --format html|pdf|json -o FIL: konfigurasjonsrapport</translation>
    </message>
    <message>
        <source>rotate-password --profile FILE: new service account password</source>
        <translation>rotate-password --profile FIL: nytt passord for tjenestekontoen</translation>
    </message>
    <message>
        <source>Usage: otjctl COMMAND [options]
Connects Pexip One-Touch Join to Exchange on-premises: checks, changes and reports.

Commands:
</source>
        <translation>Bruk: otjctl KOMMANDO [valg]
Kobler Pexip One-Touch Join til Exchange lokalt: kontroller, endringer og rapporter.

Kommandoer:
</translation>
    </message>
    <message>
        <source>  (not available in this build)</source>
        <translation>  (ikke tilgjengelig i denne versjonen)</translation>
    </message>
    <message>
        <source>otjctl: unknown command &quot;%1&quot;.</source>
        <translation>otjctl: ukjent kommando «%1».</translation>
    </message>
    <message>
        <source>otjctl %1: not available in this build.</source>
        <translation>otjctl %1: ikke tilgjengelig i denne versjonen.</translation>
    </message>
    <message>
        <source>Cancelling… (Ctrl-C again to stop at once)</source>
        <translation>Avbryter … (Ctrl-C igjen for å stoppe umiddelbart)</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     this help; COMMAND --help for a command&apos;s options
  -v, --version  the version

Exit codes: 0 nothing failed, 1 something failed, 2 could not run, 130 cancelled (Ctrl-C),
143 terminated (SIGTERM).
Unattended runs may pass passwords in OTJ_EXCHANGE_ADMIN_PASSWORD, OTJ_SERVICE_ACCOUNT_PASSWORD and
OTJ_PEXIP_PASSWORD (less safe than the keychain; they are removed from the environment at start).
</source>
        <translation>
Valg:
  -h, --help     denne hjelpen; KOMMANDO --help for valgene til en kommando
  -v, --version  versjonen

Avslutningskoder: 0 ingenting feilet, 1 noe feilet, 2 kunne ikke kjøre, 130 avbrutt (Ctrl-C),
143 avsluttet (SIGTERM).
Uovervåkede kjøringer kan gi passord i OTJ_EXCHANGE_ADMIN_PASSWORD, OTJ_SERVICE_ACCOUNT_PASSWORD og
OTJ_PEXIP_PASSWORD (mindre trygt enn nøkkelringen; de fjernes fra miljøet ved start).
</translation>
    </message>
    <message>
        <source>Terminating: stopping cleanly… (a second signal stops at once)</source>
        <translation>Avslutter: stopper ryddig … (et nytt signal stopper umiddelbart)</translation>
    </message>
</context>
<context>
    <name>otj::cli::ApplyCommand</name>
    <message>
        <source>failed: %1</source>
        <translation>feilet: %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Bekrefter …</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) wait for AD replication (Pending); re-checking, %1 s left.</source>
        <translation>
            <numerusform>%n rom venter på AD-replikering (venter); sjekker igjen, %1 s igjen.</numerusform>
            <numerusform>%n rom venter på AD-replikering (venter); sjekker igjen, %1 s igjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: Exchange could not be inspected completely; nothing was changed.</source>
        <translation>Ikke utført: Exchange kunne ikke undersøkes fullstendig; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Confirmation needed: run with --yes to apply without a terminal. Nothing was changed.</source>
        <translation>Bekreftelse trengs: kjør med --yes for å utføre uten terminal. Ingenting ble endret.</translation>
    </message>
    <message numerus="yes">
        <source>Apply these %n change(s)? [y/N] </source>
        <translation>
            <numerusform>Utføre denne endringen? [y/N] </numerusform>
            <numerusform>Utføre disse %n endringene? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
    </message>
    <message>
        <source>An earlier apply was interrupted: %1 of its changes had been made, %2 not (journal settled).</source>
        <translation>En tidligere kjøring ble avbrutt: %1 av endringene var gjort, %2 ikke (journalen er avklart).</translation>
    </message>
    <message>
        <source>Nothing to change; Exchange already matches the profile.</source>
        <translation>Ingenting å endre; Exchange samsvarer allerede med profilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied and verified.</source>
        <translation>
            <numerusform>%n endring utført og bekreftet.</numerusform>
            <numerusform>%n endringer utført og bekreftet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied, but impersonation is not effective yet for %n room(s) (Pending: AD replication). Run otjctl validate later.</source>
        <translation>
            <numerusform>Utført, men impersonering virker ennå ikke for %n rom (venter: AD-replikering). Kjør otjctl validate senere.</numerusform>
            <numerusform>Utført, men impersonering virker ennå ikke for %n rom (venter: AD-replikering). Kjør otjctl validate senere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>Venter:</translation>
    </message>
    <message>
        <source>Stopped: %1 failed: %2</source>
        <translation>Stoppet: %1 feilet: %2</translation>
    </message>
    <message>
        <source>a request</source>
        <translation>en forespørsel</translation>
    </message>
    <message>
        <source>Applied: %1, not applied: %2.</source>
        <translation>Utført: %1, ikke utført: %2.</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Utført:</translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>Ikke utført:</translation>
    </message>
    <message>
        <source>Run otjctl apply again to continue from here.</source>
        <translation>Kjør otjctl apply på nytt for å fortsette herfra.</translation>
    </message>
    <message>
        <source>Cancelled: %1 change(s) applied, %2 not applied.</source>
        <translation>Avbrutt: %1 endring(er) utført, %2 ikke utført.</translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation>Kunne ikke utføre: %1</translation>
    </message>
    <message>
        <source>Nothing to back out.</source>
        <translation>Ingenting å tilbakeføre.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) backed out and verified.</source>
        <translation>
            <numerusform>%n endring tilbakeført og bekreftet.</numerusform>
            <numerusform>%n endringer tilbakeført og bekreftet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed by someone else since were kept (conflicts above).</source>
        <translation>
            <numerusform>%n verdi som noen andre har endret siden, ble beholdt (konflikter ovenfor).</numerusform>
            <numerusform>%n verdier som noen andre har endret siden, ble beholdt (konflikter ovenfor).</numerusform>
        </translation>
    </message>
    <message>
        <source>apply --profile FILE [--yes] [--wait-pending SECONDS] [--fix-booking-blockers] [--send-pexip-password] [--replace-kerberos] [--rollback]: make the planned changes and verify them (--rollback: back out what earlier applies changed)</source>
        <translation>apply --profile FIL [--yes] [--wait-pending SEKUNDER] [--fix-booking-blockers] [--send-pexip-password] [--replace-kerberos] [--rollback]: gjør de planlagte endringene og verifiser dem (--rollback: tilbakefør det tidligere kjøringer endret)</translation>
    </message>
</context>
<context>
    <name>otj::cli::ExchangeCommand</name>
    <message>
        <source>Domain controller for every change: %1</source>
        <translation>Domenekontroller for alle endringer: %1</translation>
    </message>
    <message>
        <source>The rooms live in several AD domains (%1): the apply first runs Set-ADServerSettings -ViewEntireForest $true.</source>
        <translation>Rommene ligger i flere AD-domener (%1): kjøringen starter med Set-ADServerSettings -ViewEntireForest $true.</translation>
    </message>
    <message>
        <source>could not inspect: %1</source>
        <translation>kunne ikke undersøkes: %1</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Ingen endringer</translation>
    </message>
    <message>
        <source>(a value is taken from an object made earlier in this apply)</source>
        <translation>(en verdi hentes fra et objekt som lages tidligere i denne kjøringen)</translation>
    </message>
    <message>
        <source>Some steps could not be inspected (above).</source>
        <translation>Noen trinn kunne ikke undersøkes (over).</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Ingen endringer.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make.</source>
        <translation>
            <numerusform>%n endring å gjøre.</numerusform>
            <numerusform>%n endringer å gjøre.</numerusform>
        </translation>
    </message>
    <message>
        <source>the profile (JSON)</source>
        <translation>profilen (JSON)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>apply without asking</source>
        <translation>utfør uten å spørre</translation>
    </message>
    <message>
        <source>re-check rooms whose impersonation waits for AD replication for up to SECONDS (default 600)</source>
        <translation>sjekk rom der impersonering venter på AD-replikering på nytt i opptil SEKUNDER (standard 600)</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDER</translation>
    </message>
    <message>
        <source>also change the room settings that stop automatic booking</source>
        <translation>endre også rominnstillingene som stopper automatisk booking</translation>
    </message>
    <message>
        <source>otjctl %1: unexpected argument %2</source>
        <translation>otjctl %1: uventet argument %2</translation>
    </message>
    <message>
        <source>--wait-pending must be 0-86400 seconds.</source>
        <translation>--wait-pending må være 0–86400 sekunder.</translation>
    </message>
    <message>
        <source>otjctl %1: --profile FILE is required.</source>
        <translation>otjctl %1: --profile FIL er påkrevd.</translation>
    </message>
    <message>
        <source>%1 cannot be used; nothing was inspected.</source>
        <translation>%1 kan ikke brukes; ingenting ble undersøkt.</translation>
    </message>
    <message>
        <source>Step 5 was not inspected: the profile names no Pexip Management Node.</source>
        <translation>Trinn 5 ble ikke undersøkt: profilen oppgir ingen Pexip Management Node.</translation>
    </message>
    <message>
        <source>Step 5 was not inspected: the Pexip admin password is not available.</source>
        <translation>Trinn 5 ble ikke undersøkt: administratorpassordet for Pexip er ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>Store it in the keychain, or set %1 for an unattended run.</source>
        <translation>Lagre det i nøkkelringen, eller sett %1 for en kjøring uten tilsyn.</translation>
    </message>
    <message>
        <source>send the service account&apos;s password to Pexip (step 5)</source>
        <translation>send tjenestekontoens passord til Pexip (trinn 5)</translation>
    </message>
    <message>
        <source>move a Pexip integration on KERBEROS to the profile&apos;s method (step 5)</source>
        <translation>flytt en Pexip-integrasjon på KERBEROS til profilens metode (trinn 5)</translation>
    </message>
    <message>
        <source>back out what earlier applies changed (the run journal)</source>
        <translation>tilbakefør det tidligere kjøringer endret (kjøringsjournalen)</translation>
    </message>
</context>
<context>
    <name>otj::cli::PlanCommand</name>
    <message>
        <source>Could not inspect Exchange: %1</source>
        <translation>Kunne ikke undersøke Exchange: %1</translation>
    </message>
    <message>
        <source>plan --profile FILE [--fix-booking-blockers] [--send-pexip-password] [--replace-kerberos]: show every change (steps 1-5) before it is made</source>
        <translation>plan --profile FIL [--fix-booking-blockers] [--send-pexip-password] [--replace-kerberos]: vis hver endring (trinn 1-5) før den gjøres</translation>
    </message>
</context>
<context>
    <name>otj::cli::ProfileCommand</name>
    <message>
        <source>profile new FILE | profile check FILE: write a default profile, or list a profile&apos;s problems</source>
        <translation>profile new FIL | profile check FIL: skriv en standardprofil, eller list opp problemene i en profil</translation>
    </message>
    <message>
        <source>new or check</source>
        <translation>new eller check</translation>
    </message>
    <message>
        <source>the profile (JSON)</source>
        <translation>profilen (JSON)</translation>
    </message>
    <message>
        <source>with new: overwrite an existing file</source>
        <translation>med new: overskriv en eksisterende fil</translation>
    </message>
    <message>
        <source>usage: otjctl profile new FILE | otjctl profile check FILE</source>
        <translation>bruk: otjctl profile new FIL | otjctl profile check FIL</translation>
    </message>
    <message>
        <source>%1 exists; not overwritten (use --force).</source>
        <translation>%1 finnes; ikke overskrevet (bruk --force).</translation>
    </message>
    <message>
        <source>Wrote %1 (profile id %2). Fill in the values marked incomplete by `otjctl profile check`.</source>
        <translation>Skrev %1 (profil-ID %2). Fyll inn verdiene som `otjctl profile check` merker som ufullstendige.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan ikke lese %1.</translation>
    </message>
    <message>
        <source>note: %1 uses schema %2; it was read as schema %3 (saving upgrades it).</source>
        <translation>merk: %1 bruker skjema %2; den ble lest som skjema %3 (lagring oppgraderer den).</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: ingen problemer funnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem funnet.</numerusform>
            <numerusform>%n problemer funnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::cli::ScriptCommand</name>
    <message>
        <source>script --profile FILE [--rollback] [-o FILE]: export the changes (or their back-out) as a PowerShell script</source>
        <translation>script --profile FIL [--rollback] [-o FIL]: eksporter endringene (eller tilbakeføringen av dem) som et PowerShell-skript</translation>
    </message>
    <message>
        <source>Writes a Windows PowerShell 5.1 script for the Exchange Management Shell: the setup of steps 1-4 from the profile alone, or with --rollback the back-out of what the tool applied (from the run journal beside the profile). Without -o the script goes to stdout.</source>
        <translation>Skriver et Windows PowerShell 5.1-skript for Exchange Management Shell: oppsettet av trinn 1–4 bare ut fra profilen, eller med --rollback tilbakeføringen av det verktøyet har utført (fra kjøreloggen ved siden av profilen). Uten -o skrives skriptet til stdout.</translation>
    </message>
    <message>
        <source>the profile (JSON)</source>
        <translation>profilen (JSON)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>the back-out of the changes the tool applied (from the run journal)</source>
        <translation>tilbakeføringen av endringene verktøyet har utført (fra kjøreloggen)</translation>
    </message>
    <message>
        <source>write the script to FILE (UTF-8 with BOM; replaced if it exists)</source>
        <translation>skriv skriptet til FIL (UTF-8 med BOM; erstattes hvis den finnes)</translation>
    </message>
    <message>
        <source>the default of the script&apos;s -DomainController parameter</source>
        <translation>standardverdien for skriptets -DomainController-parameter</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>the selected rooms live in more than one AD domain: the script first runs Set-ADServerSettings -ViewEntireForest $true</source>
        <translation>de valgte rommene ligger i mer enn ett AD-domene: skriptet kjører først Set-ADServerSettings -ViewEntireForest $true</translation>
    </message>
    <message>
        <source>otjctl script: unexpected argument %1</source>
        <translation>otjctl script: uventet argument %1</translation>
    </message>
    <message>
        <source>otjctl script: --profile FILE is required.</source>
        <translation>otjctl script: --profile FIL er påkrevd.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan ikke lese %1.</translation>
    </message>
    <message>
        <source>%1 cannot be used; no script was written.</source>
        <translation>%1 kan ikke brukes; ingen skript ble skrevet.</translation>
    </message>
    <message>
        <source>otjctl script: there is no run journal beside the profile (%1): nothing was applied with this profile, so there is nothing to back out.</source>
        <translation>otjctl script: det finnes ingen kjørelogg ved siden av profilen (%1): ingenting er utført med denne profilen, så det er ingenting å føre tilbake.</translation>
    </message>
    <message>
        <source>otjctl script: cannot read the run journal %1: %2</source>
        <translation>otjctl script: kan ikke lese kjøreloggen %1: %2</translation>
    </message>
    <message>
        <source>The journal records no change the tool applied: the back-out script does nothing.</source>
        <translation>Loggen inneholder ingen endring verktøyet har utført: tilbakeføringsskriptet gjør ingenting.</translation>
    </message>
    <message>
        <source>otjctl script: this build has no step planners; only --rollback is available.</source>
        <translation>otjctl script: denne versjonen har ingen trinnplanleggere; bare --rollback er tilgjengelig.</translation>
    </message>
    <message>
        <source>otjctl script: cannot write %1: %2</source>
        <translation>otjctl script: kan ikke skrive %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n change(s)).</source>
        <translation>
            <numerusform>Skrev %1 (%n endring).</numerusform>
            <numerusform>Skrev %1 (%n endringer).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::cli::ValidateCommand</name>
    <message>
        <source>the profile (JSON)</source>
        <translation>profilen (JSON)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>print the results as JSON (validation-result schema v1)</source>
        <translation>skriv resultatene som JSON (validation-result-skjema v1)</translation>
    </message>
    <message>
        <source>run only these checks (id or id prefix; repeatable)</source>
        <translation>kjør bare disse kontrollene (ID eller ID-prefiks; kan gjentas)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>check only these rooms (repeatable)</source>
        <translation>kontroller bare disse rommene (kan gjentas)</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADR</translation>
    </message>
    <message>
        <source>least privilege: only the service account&apos;s (and Pexip&apos;s) passwords; the PowerShell-side checks are reported Skipped</source>
        <translation>minste rettighet: bare passordene til tjenestekontoen (og Pexip); kontrollene på PowerShell-siden rapporteres som Hoppet over</translation>
    </message>
    <message>
        <source>EWS requests in flight for the service account (1-24, default 4)</source>
        <translation>samtidige EWS-forespørsler for tjenestekontoen (1–24, standard 4)</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>otjctl validate: unexpected argument %1</source>
        <translation>otjctl validate: uventet argument %1</translation>
    </message>
    <message>
        <source>otjctl validate: --profile FILE is required.</source>
        <translation>otjctl validate: --profile FIL er påkrevd.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan ikke lese %1.</translation>
    </message>
    <message>
        <source>%1 cannot be used; nothing was checked.</source>
        <translation>%1 kan ikke brukes; ingenting ble kontrollert.</translation>
    </message>
    <message>
        <source>--concurrency must be 1-%1.</source>
        <translation>--concurrency må være 1–%1.</translation>
    </message>
    <message>
        <source>Could not run the validation: %1</source>
        <translation>Kunne ikke kjøre valideringen: %1</translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation>årsak: %1</translation>
    </message>
    <message>
        <source>note:  %1</source>
        <translation>merknad: %1</translation>
    </message>
    <message>
        <source>fix (%1): %2</source>
        <translation>løsning (%1): %2</translation>
    </message>
    <message>
        <source>Summary: %1 passed, %2 warnings, %3 failed, %4 skipped, %5 cancelled, %6 pending.</source>
        <translation>Sammendrag: %1 bestått, %2 advarsler, %3 mislyktes, %4 hoppet over, %5 avbrutt, %6 venter.</translation>
    </message>
    <message>
        <source>validate --profile FILE [--json] [--only ID...] [--rooms ADDR...] [--service-account-only] [--concurrency K]</source>
        <translation>validate --profile FIL [--json] [--only ID...] [--rooms ADR...] [--service-account-only] [--concurrency K]</translation>
    </message>
    <message>
        <source>It contains a control character.</source>
        <translation>Den inneholder et kontrolltegn.</translation>
    </message>
    <message>
        <source>otjctl validate: --rooms %1: %2</source>
        <translation>otjctl validate: --rooms %1: %2</translation>
    </message>
    <message>
        <source>otjctl validate: --rooms %1 is not one of the profile&apos;s rooms (rooms.selected); only those can be checked.</source>
        <translation>otjctl validate: --rooms %1 er ikke et av profilens rom (rooms.selected); bare de kan kontrolleres.</translation>
    </message>
</context>
<context>
    <name>otj::ews</name>
    <message>
        <source>Malformed response: the server&apos;s answer is not one an Exchange server sends (%1); nothing in it was used.</source>
        <translation>Ugyldig svar: serverens svar er ikke et Exchange-server sender (%1); ingenting i det ble brukt.</translation>
    </message>
</context>
<context>
    <name>otj::input</name>
    <message>
        <source>The part after @ is missing.</source>
        <translation>Delen etter @ mangler.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has no dot; use the full domain, e.g. example.com.</source>
        <translation>Domenet «%1» har ingen punktum; bruk hele domenet, f.eks. example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name.</source>
        <translation>«%1» er ikke et gyldig domenenavn.</translation>
    </message>
    <message>
        <source>The part before @ is missing.</source>
        <translation>Delen før @ mangler.</translation>
    </message>
    <message>
        <source>The part before @ is longer than 64 characters.</source>
        <translation>Delen før @ er lengre enn 64 tegn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters that are not allowed before the @.</source>
        <translation>«%1» inneholder tegn som ikke er tillatt før @.</translation>
    </message>
    <message>
        <source>Enter a host name or address.</source>
        <translation>Skriv inn et vertsnavn eller en adresse.</translation>
    </message>
    <message>
        <source>Enter only the host name, without http:// or https://.</source>
        <translation>Skriv bare vertsnavnet, uten http:// eller https://.</translation>
    </message>
    <message>
        <source>The port after &quot;:&quot; must be a number from 1 to 65535.</source>
        <translation>Porten etter «:» må være et tall fra 1 til 65535.</translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation>Et vertsnavn kan ikke inneholde mellomrom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use letters, digits, hyphens and dots.</source>
        <translation>«%1» er ikke et gyldig vertsnavn: bruk bokstaver, sifre, bindestreker og punktum.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Skriv inn en e-postadresse.</translation>
    </message>
    <message>
        <source>Enter only the address (name@example.com), without a display name or spaces.</source>
        <translation>Skriv bare adressen (navn@example.com), uten visningsnavn eller mellomrom.</translation>
    </message>
    <message>
        <source>An email address needs an @, e.g. room-101@example.com.</source>
        <translation>En e-postadresse trenger en @, f.eks. room-101@example.com.</translation>
    </message>
    <message>
        <source>An email address has exactly one @.</source>
        <translation>En e-postadresse har nøyaktig én @.</translation>
    </message>
    <message>
        <source>Enter a user principal name, e.g. svc-otj@example.com.</source>
        <translation>Skriv inn et brukerhovednavn (UPN), f.eks. svc-otj@example.com.</translation>
    </message>
    <message>
        <source>Use the user principal name (user@domain), not DOMAIN\user.</source>
        <translation>Bruk brukerhovednavnet (bruker@domene), ikke DOMENE\bruker.</translation>
    </message>
    <message>
        <source>A user principal name has the form user@domain.</source>
        <translation>Et brukerhovednavn har formen bruker@domene.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid UPN suffix.</source>
        <translation>«%1» er ikke et gyldig UPN-suffiks.</translation>
    </message>
    <message>
        <source>Enter an account as user@domain or DOMAIN\user.</source>
        <translation>Skriv inn en konto som bruker@domene eller DOMENE\bruker.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid NetBIOS domain name (up to 15 letters, digits, dots or hyphens).</source>
        <translation>«%1» er ikke et gyldig NetBIOS-domenenavn (opptil 15 bokstaver, sifre, punktum eller bindestreker).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user logon name (up to 20 characters, no spaces or &quot; / \ [ ] : ; | = , + * ? &lt; &gt; @).</source>
        <translation>«%1» er ikke et gyldig påloggingsnavn (opptil 20 tegn, ingen mellomrom eller &quot; / \ [ ] : ; | = , + * ? &lt; &gt; @).</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Skriv inn en URL.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Dette er ikke en gyldig URL: %1</translation>
    </message>
    <message>
        <source>Enter a full URL, e.g. http://mail.example.com/PowerShell/.</source>
        <translation>Skriv inn en fullstendig URL, f.eks. http://mail.example.com/PowerShell/.</translation>
    </message>
    <message>
        <source>Enter a full URL starting with https://.</source>
        <translation>Skriv inn en fullstendig URL som begynner med https://.</translation>
    </message>
    <message>
        <source>Use https://: credentials are never sent over plain HTTP.</source>
        <translation>Bruk https://: påloggingsopplysninger sendes aldri over ukryptert HTTP.</translation>
    </message>
    <message>
        <source>The URL must start with https://.</source>
        <translation>URL-en må begynne med https://.</translation>
    </message>
    <message>
        <source>A host name is at most 253 characters long.</source>
        <translation>Et vertsnavn er på høyst 253 tegn.</translation>
    </message>
    <message>
        <source>Only an IPv6 address may be written in brackets, e.g. [2001:db8::1]:443.</source>
        <translation>Bare en IPv6-adresse kan skrives i hakeparenteser, f.eks. [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>Only &quot;:port&quot; may follow the closing bracket.</source>
        <translation>Bare «:port» kan følge etter den avsluttende hakeparentesen.</translation>
    </message>
    <message>
        <source>A host name takes at most one &quot;:port&quot;; write an IPv6 address in brackets, e.g. [2001:db8::1]:443.</source>
        <translation>Et vertsnavn har høyst én «:port»; skriv en IPv6-adresse i hakeparenteser, f.eks. [2001:db8::1]:443.</translation>
    </message>
</context>
<context>
    <name>otj::journal::ApplyLock</name>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, prosess %2 på %3</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>et annet program</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>denne datamaskinen</translation>
    </message>
    <message>
        <source>another program (the lock file %1 cannot be read)</source>
        <translation>et annet program (låsefilen %1 kan ikke leses)</translation>
    </message>
</context>
<context>
    <name>otj::journal::RunJournal</name>
    <message>
        <source>Cannot read the run journal %1: %2</source>
        <translation>Kan ikke lese kjøringsjournalen %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the run journal %1: %2</source>
        <translation>Kan ikke skrive kjøringsjournalen %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) in the run journal were skipped (a write cut off).</source>
        <translation>
            <numerusform>%n ulesbar linje i kjøringsjournalen ble hoppet over (en avbrutt skriving).</numerusform>
            <numerusform>%n ulesbare linjer i kjøringsjournalen ble hoppet over (en avbrutt skriving).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::pexip::PexipClient</name>
    <message>
        <source>the Management Node address must be a host name (HTTPS only)</source>
        <translation>adressen til Management Node må være et vertsnavn (bare HTTPS)</translation>
    </message>
    <message>
        <source>%1 is not a management API path ending in /</source>
        <translation>%1 er ikke en sti i administrasjons-API-et som slutter med /</translation>
    </message>
    <message>
        <source>the user name or password contains a line break</source>
        <translation>brukernavnet eller passordet inneholder et linjeskift</translation>
    </message>
    <message>
        <source>the user name contains a colon</source>
        <translation>brukernavnet inneholder et kolon</translation>
    </message>
</context>
<context>
    <name>otj::pexip::PexipError</name>
    <message>
        <source>The request was not sent: %1</source>
        <translation>Forespørselen ble ikke sendt: %1</translation>
    </message>
    <message>
        <source>The Management Node&apos;s certificate is not trusted (add its CA to the Pexip trust entry of the profile): %1</source>
        <translation>Sertifikatet til Management Node er ikke klarert (legg sertifiseringsinstansen til Pexip-klareringen i profilen): %1</translation>
    </message>
    <message>
        <source>The Management Node cannot be reached: %1</source>
        <translation>Management Node kan ikke nås: %1</translation>
    </message>
    <message>
        <source>The Management Node did not answer in time.</source>
        <translation>Management Node svarte ikke i tide.</translation>
    </message>
    <message>
        <source>The Management Node closed the connection before answering.</source>
        <translation>Management Node lukket forbindelsen før den svarte.</translation>
    </message>
    <message>
        <source>The answer to a create request was lost and the object was not found afterwards; nothing was sent twice. Run again.</source>
        <translation>Svaret på en opprettingsforespørsel gikk tapt, og objektet ble ikke funnet etterpå; ingenting ble sendt to ganger. Kjør på nytt.</translation>
    </message>
    <message>
        <source>The Management Node refused the user name or password (HTTP 401).</source>
        <translation>Management Node avviste brukernavnet eller passordet (HTTP 401).</translation>
    </message>
    <message>
        <source>The account may not use this part of the management API (HTTP 403).</source>
        <translation>Kontoen har ikke lov til å bruke denne delen av administrasjons-API-et (HTTP 403).</translation>
    </message>
    <message>
        <source>Not found on the Management Node (HTTP 404).</source>
        <translation>Ikke funnet på Management Node (HTTP 404).</translation>
    </message>
    <message>
        <source>The management API answered with a redirect to %1 (not followed).</source>
        <translation>Administrasjons-API-et svarte med en omdirigering til %1 (ikke fulgt).</translation>
    </message>
    <message>
        <source>Pexip refused the values: %1</source>
        <translation>Pexip avviste verdiene: %1</translation>
    </message>
    <message>
        <source>Pexip refused the request (HTTP %1): %2</source>
        <translation>Pexip avviste forespørselen (HTTP %1): %2</translation>
    </message>
    <message numerus="yes">
        <source>The Management Node kept asking to slow down (HTTP 429) after %n attempts.</source>
        <translation>
            <numerusform>Management Node ba fortsatt om å sette ned farten (HTTP 429) etter %n forsøk.</numerusform>
            <numerusform>Management Node ba fortsatt om å sette ned farten (HTTP 429) etter %n forsøk.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Management Node failed (HTTP %1).</source>
        <translation>Management Node feilet (HTTP %1).</translation>
    </message>
    <message>
        <source>The Management Node&apos;s answer could not be read: %1</source>
        <translation>Svaret fra Management Node kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The Management Node&apos;s answer was too large.</source>
        <translation>Svaret fra Management Node var for stort.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
</context>
<context>
    <name>otj::pexip::PexipStepRun</name>
    <message>
        <source>Step 5 was not applied: %1</source>
        <translation>Trinn 5 ble ikke utført: %1</translation>
    </message>
    <message>
        <source>Step 5: Pexip could not be read; nothing was changed there.</source>
        <translation>Trinn 5: Pexip kunne ikke leses; ingenting ble endret der.</translation>
    </message>
    <message numerus="yes">
        <source>%n step 5 change(s) still differ after the apply.</source>
        <translation>
            <numerusform>%n endring i trinn 5 avviker fortsatt etter kjøringen.</numerusform>
            <numerusform>%n endringer i trinn 5 avviker fortsatt etter kjøringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 5 could not be read back.</source>
        <translation>Trinn 5 kunne ikke leses tilbake.</translation>
    </message>
</context>
<context>
    <name>otj::plan</name>
    <message>
        <source>«password from the keychain»</source>
        <translation>«passord fra nøkkelringen»</translation>
    </message>
    <message>
        <source>Hide %1 from the address lists</source>
        <translation>Skjul %1 fra adresselistene</translation>
    </message>
</context>
<context>
    <name>otj::plan::ApplyRunner</name>
    <message>
        <source>Another apply to this profile is running (%1); nothing was changed.</source>
        <translation>En annen kjøring mot denne profilen pågår (%1); ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 needs the service account&apos;s password (from the keychain or OTJ_SERVICE_ACCOUNT_PASSWORD); nothing was changed.</source>
        <translation>%1 trenger tjenestekontoens passord (fra nøkkelringen eller OTJ_SERVICE_ACCOUNT_PASSWORD); ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1: a value it needs is still missing after the change that makes it.</source>
        <translation>%1: en verdi den trenger mangler fortsatt etter endringen som skal lage den.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still differ after the apply.</source>
        <translation>
            <numerusform>%n endring avviker fortsatt etter kjøringen.</numerusform>
            <numerusform>%n endringer avviker fortsatt etter kjøringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The result could not be read back.</source>
        <translation>Resultatet kunne ikke leses tilbake.</translation>
    </message>
    <message numerus="yes">
        <source>Impersonation fails for %n room(s):</source>
        <translation>
            <numerusform>Representasjon (impersonation) mislykkes for %n rom:</numerusform>
            <numerusform>Representasjon (impersonation) mislykkes for %n rom:</numerusform>
        </translation>
    </message>
    <message>
        <source>The run journal holds no applied change to back out; nothing was changed.</source>
        <translation>Kjøringsjournalen har ingen utførte endringer å tilbakeføre; ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>otj::plan::ExchangeInspector</name>
    <message>
        <source>The Exchange shell is gone.</source>
        <translation>Exchange-skallet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The Exchange shell did not open.</source>
        <translation>Exchange-skallet åpnet seg ikke.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>No answer for this command.</source>
        <translation>Ingen svar på denne kommandoen.</translation>
    </message>
    <message>
        <source>%1: %2 changed since the tool set it; kept as it is (conflict).</source>
        <translation>%1: %2 er endret siden verktøyet satte det; beholdt som det er (konflikt).</translation>
    </message>
    <message>
        <source>Find out who changed it; restore the earlier value by hand if it should still go.</source>
        <translation>Finn ut hvem som endret det; gjenopprett den tidligere verdien for hånd hvis den fortsatt skal tilbake.</translation>
    </message>
</context>
<context>
    <name>otj::plan::SetupSession</name>
    <message>
        <source>Exchange could not be read back.</source>
        <translation>Exchange kunne ikke leses på nytt.</translation>
    </message>
    <message>
        <source>Exchange still differs: %1</source>
        <translation>Exchange avviker fortsatt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n til</numerusform>
            <numerusform>%1 og %n til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>EWS still denies impersonation of %n room(s): %1</source>
        <translation>
            <numerusform>EWS nekter fortsatt representasjon av %n rom: %1</numerusform>
            <numerusform>EWS nekter fortsatt representasjon av %n rom: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) wait for Active Directory replication: %1</source>
        <translation>
            <numerusform>%n rom venter på Active Directory-replikering: %1</numerusform>
            <numerusform>%n rom venter på Active Directory-replikering: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This step has no changes to script.</source>
        <translation>Dette trinnet har ingen endringer å lage skript av.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>Check the Pexip admin account and its password on the Connections page.</source>
        <translation>Kontroller Pexip-administratorkontoen og passordet på siden Tilkoblinger.</translation>
    </message>
    <message>
        <source>Trust the Management Node&apos;s certificate authority on the Connections page.</source>
        <translation>Stol på administrasjonsnodens sertifikatinstans på siden Tilkoblinger.</translation>
    </message>
    <message>
        <source>Use a Pexip admin account that may change the configuration.</source>
        <translation>Bruk en Pexip-administratorkonto som kan endre konfigurasjonen.</translation>
    </message>
    <message>
        <source>Check the Management Node&apos;s address on the Connections page and that this computer reaches it over HTTPS.</source>
        <translation>Kontroller administrasjonsnodens adresse på siden Tilkoblinger, og at denne datamaskinen når den over HTTPS.</translation>
    </message>
    <message>
        <source>Pexip could not be read.</source>
        <translation>Pexip kunne ikke leses.</translation>
    </message>
    <message>
        <source>The profile names no Pexip Management Node.</source>
        <translation>Profilen angir ingen Pexip-administrasjonsnode.</translation>
    </message>
    <message>
        <source>Enter its address on the Connections page.</source>
        <translation>Skriv inn adressen på siden Tilkoblinger.</translation>
    </message>
    <message>
        <source>The Pexip admin password is not stored.</source>
        <translation>Pexip-administratorpassordet er ikke lagret.</translation>
    </message>
    <message>
        <source>Enter it on the Connections page.</source>
        <translation>Skriv det inn på siden Tilkoblinger.</translation>
    </message>
    <message>
        <source>Pexip could not be read back: %1</source>
        <translation>Pexip kunne ikke leses tilbake: %1</translation>
    </message>
    <message>
        <source>Pexip still differs: %1</source>
        <translation>Pexip avviker fortsatt: %1</translation>
    </message>
    <message>
        <source>Pexip still lacks it: %1</source>
        <translation>Pexip mangler det fortsatt: %1</translation>
    </message>
</context>
<context>
    <name>otj::rooms</name>
    <message>
        <source>room mailbox</source>
        <translation>rompostboks</translation>
    </message>
    <message>
        <source>room mailbox in Exchange Online</source>
        <translation>rompostboks i Exchange Online</translation>
    </message>
    <message>
        <source>equipment mailbox</source>
        <translation>utstyrspostboks</translation>
    </message>
    <message>
        <source>user or shared mailbox</source>
        <translation>bruker- eller delt postboks</translation>
    </message>
    <message>
        <source>group or room list</source>
        <translation>gruppe eller romliste</translation>
    </message>
    <message>
        <source>mail contact or mail user</source>
        <translation>e-postkontakt eller e-postbruker</translation>
    </message>
    <message>
        <source>unknown to Exchange</source>
        <translation>ukjent for Exchange</translation>
    </message>
</context>
<context>
    <name>otj::script::Rollback</name>
    <message>
        <source>%1: %2 was created by the tool, but the back-out cannot remove it (%3 has no Remove- cmdlet it may use); remove it by hand if it is no longer needed.</source>
        <translation>%1: %2 ble opprettet av verktøyet, men tilbakeføringen kan ikke fjerne det (%3 har ingen Remove-cmdlet den kan bruke); fjern det manuelt hvis det ikke lenger trengs.</translation>
    </message>
    <message>
        <source>Remove %1 (created by the tool)</source>
        <translation>Fjern %1 (opprettet av verktøyet)</translation>
    </message>
    <message>
        <source>%1: the back-out cannot restore %2 (%3 is not a change it knows how to undo).</source>
        <translation>%1: tilbakeføringen kan ikke gjenopprette %2 (%3 er ikke en endring den vet hvordan den skal angre).</translation>
    </message>
    <message>
        <source>%1: not restored: %2 (no parameter of %3 sets it).</source>
        <translation>%1: ikke gjenopprettet: %2 (ingen parameter i %3 setter den).</translation>
    </message>
    <message>
        <source>Restore the previous %1 of %2</source>
        <translation>Gjenopprett tidligere %1 for %2</translation>
    </message>
    <message>
        <source>%1: %2 was created on the Pexip Management Node (%3); the back-out does not change Pexip: delete it there by hand if it is no longer needed.</source>
        <translation>%1: %2 ble opprettet på Pexip Management Node (%3); tilbakeføringen endrer ikke Pexip: slett det der manuelt hvis det ikke lenger trengs.</translation>
    </message>
    <message>
        <source>%1: %2 was changed on the Pexip Management Node (%3); the back-out does not change Pexip: restore it there by hand if needed.</source>
        <translation>%1: %2 ble endret på Pexip Management Node (%3); tilbakeføringen endrer ikke Pexip: gjenopprett det der manuelt om nødvendig.</translation>
    </message>
</context>
<context>
    <name>otj::script::ScriptText</name>
    <message>
        <source>%1 comes from %2 of the object %3 returns.</source>
        <translation>%1 kommer fra %2 i objektet %3 returnerer.</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>OTJ Exchange Setup: back-out script for the Exchange Management Shell</source>
        <translation>OTJ Exchange Setup: tilbakeføringsskript for Exchange Management Shell</translation>
    </message>
    <message>
        <source>OTJ Exchange Setup: setup script for the Exchange Management Shell (steps 1-4)</source>
        <translation>OTJ Exchange Setup: oppsettskript for Exchange Management Shell (trinn 1–4)</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>Profil: %1 (%2)</translation>
    </message>
    <message>
        <source>Generated by OTJ Exchange Setup %1 on %2</source>
        <translation>Laget av OTJ Exchange Setup %1 %2</translation>
    </message>
    <message>
        <source>Windows PowerShell 5.1. Run it in the Exchange Management Shell (or a session with the Exchange cmdlets imported).</source>
        <translation>Windows PowerShell 5.1. Kjør det i Exchange Management Shell (eller en økt med Exchange-cmdletene importert).</translation>
    </message>
    <message>
        <source>Built from the run journal: it restores the values the tool changed and removes the objects the tool created.</source>
        <translation>Bygd fra kjøreloggen: det gjenoppretter verdiene verktøyet endret og fjerner objektene verktøyet opprettet.</translation>
    </message>
    <message>
        <source>A value is restored only while it still equals what the tool set; otherwise it is reported as a conflict and left alone.</source>
        <translation>En verdi gjenopprettes bare så lenge den fortsatt er det verktøyet satte; ellers meldes den som en konflikt og blir stående.</translation>
    </message>
    <message>
        <source>Each change reads the object, compares it as the tool&apos;s inspection does and writes only what differs: a second run changes nothing.</source>
        <translation>Hver endring leser objektet, sammenligner det slik verktøyets inspeksjon gjør og skriver bare det som avviker: en ny kjøring endrer ingenting.</translation>
    </message>
    <message>
        <source>No password is stored in this file: it is asked for (Read-Host -AsSecureString) when an account is created, or passed as -ServiceAccountPassword.</source>
        <translation>Ingen passord lagres i denne filen: det spørres etter (Read-Host -AsSecureString) når en konto opprettes, eller gis som -ServiceAccountPassword.</translation>
    </message>
    <message>
        <source>The script stops at the first error and names the change (-ErrorVariable and $? are checked after every cmdlet).</source>
        <translation>Skriptet stopper ved første feil og navngir endringen (-ErrorVariable og $? sjekkes etter hver cmdlet).</translation>
    </message>
    <message>
        <source>One domain controller for every read and write (recommended); empty: Exchange chooses.</source>
        <translation>Én domenekontroller for alle lesinger og skrivinger (anbefalt); tom: Exchange velger.</translation>
    </message>
    <message>
        <source>The password of an account the script creates; asked for when needed and not given.</source>
        <translation>Passordet til en konto skriptet oppretter; spørres etter når det trengs og ikke er gitt.</translation>
    </message>
    <message>
        <source>The selected rooms live in more than one AD domain: read the whole forest.</source>
        <translation>De valgte rommene ligger i mer enn ett AD-domene: les hele skogen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to back out: the journal records no change the tool applied.</source>
        <translation>Ingenting å føre tilbake: loggen inneholder ingen endring verktøyet har utført.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Ingen endringer.</translation>
    </message>
</context>
<context>
    <name>otj::shell::ExchangeShell</name>
    <message>
        <source>The PowerShell program was stopped or crashed.</source>
        <translation>PowerShell-programmet ble stoppet eller krasjet.</translation>
    </message>
    <message>
        <source>The PowerShell program ended (exit code %1).</source>
        <translation>PowerShell-programmet avsluttet (avslutningskode %1).</translation>
    </message>
    <message>
        <source>The session could not be opened.</source>
        <translation>Økten kunne ikke åpnes.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>Forespørselen ble avvist.</translation>
    </message>
    <message>
        <source>Opening the Exchange session took longer than %1 s.</source>
        <translation>Å åpne Exchange-økten tok lenger enn %1 s.</translation>
    </message>
    <message>
        <source>Exchange did not answer within %1 s; the PowerShell program was stopped.</source>
        <translation>Exchange svarte ikke innen %1 s; PowerShell-programmet ble stoppet.</translation>
    </message>
    <message>
        <source>The PowerShell program stopped during a change: the change may or may not have been made. Read the current state again before retrying.</source>
        <translation>PowerShell-programmet stoppet under en endring: endringen kan ha blitt gjort eller ikke. Les gjeldende tilstand på nytt før du prøver igjen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>The session was closed.</source>
        <translation>Økten ble lukket.</translation>
    </message>
</context>
<context>
    <name>otj::shell::PowerShellHost</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Kunne ikke starte %1: %2</translation>
    </message>
    <message>
        <source>the bridge script is missing from this build</source>
        <translation>broskriptet mangler i denne versjonen</translation>
    </message>
    <message>
        <source>the bridge script changed after it was written</source>
        <translation>broskriptet ble endret etter at det ble skrevet</translation>
    </message>
    <message>
        <source>Could not prepare the bridge script: %1</source>
        <translation>Kunne ikke klargjøre broskriptet: %1</translation>
    </message>
    <message>
        <source>The PowerShell program sent a line longer than %1 bytes.</source>
        <translation>PowerShell-programmet sendte en linje lengre enn %1 byte.</translation>
    </message>
</context>
<context>
    <name>otj::ui::ApplyPanel</name>
    <message>
        <source>Applied</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Not run (an earlier change failed)</source>
        <translation>Ikke kjørt (en tidligere endring mislyktes)</translation>
    </message>
    <message>
        <source>Not run (stopped)</source>
        <translation>Ikke kjørt (stoppet)</translation>
    </message>
    <message>
        <source>Apply no&amp;w</source>
        <translation>Utfør n&amp;å</translation>
    </message>
    <message>
        <source>Stop a&amp;fter the current change</source>
        <translation>Stopp etter gjeldende en&amp;dring</translation>
    </message>
    <message>
        <source>Changes applied</source>
        <translation>Utførte endringer</translation>
    </message>
    <message>
        <source>Progress of each change</source>
        <translation>Fremdrift for hver endring</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Stopping after the change being sent…</source>
        <translation>Stopper etter endringen som sendes nå…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Applied: %1. Failed: %2. Not run: %3.</source>
        <translation>Utført: %1. Mislyktes: %2. Ikke kjørt: %3.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender…</translation>
    </message>
    <message>
        <source>Change %1 of %2: %3</source>
        <translation>Endring %1 av %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>otj::ui::AuthenticationPage</name>
    <message>
        <source>Authentication</source>
        <translation>Autentisering</translation>
    </message>
    <message>
        <source>How the service account signs in to Exchange Web Services. Pexip&apos;s integration uses the same method.</source>
        <translation>Hvordan tjenestekontoen logger på Exchange Web Services. Pexip-integrasjonen bruker samme metode.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>EWS &amp;authentication:</source>
        <translation>EWS-&amp;autentisering:</translation>
    </message>
    <message>
        <source>The same setting as on the Connections page.</source>
        <translation>Samme innstilling som på siden Tilkoblinger.</translation>
    </message>
    <message>
        <source>Pexip integration:</source>
        <translation>Pexip-integrasjon:</translation>
    </message>
    <message>
        <source>Checking and enabling this method on the EWS virtual directory (and any authentication policy) needs the Exchange PowerShell connection, not available in this build.</source>
        <translation>Å kontrollere og aktivere denne metoden på den virtuelle EWS-katalogen (og eventuelle autentiseringspolicyer) krever Exchange PowerShell-tilkoblingen, som ikke er tilgjengelig i denne versjonen.</translation>
    </message>
    <message>
        <source>Basic (authentication_method %1)</source>
        <translation>Basic (authentication_method %1)</translation>
    </message>
    <message>
        <source>NTLM (authentication_method %1)</source>
        <translation>NTLM (authentication_method %1)</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: enable the authentication method (%n change(s))</source>
        <translation>
            <numerusform>Utfør n&amp;å: slå på autentiseringsmetoden (%n endring)</numerusform>
            <numerusform>Utfør n&amp;å: slå på autentiseringsmetoden (%n endringer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::ui::CalendarProcessingPage</name>
    <message>
        <source>Calendar processing</source>
        <translation>Kalenderbehandling</translation>
    </message>
    <message>
        <source>The Set-CalendarProcessing values every OTJ room should have. Only rooms that differ are changed.</source>
        <translation>Set-CalendarProcessing-verdiene hvert OTJ-rom skal ha. Bare rom som avviker, endres.</translation>
    </message>
    <message>
        <source>AutoAccept: accept or decline automatically (recommended)</source>
        <translation>AutoAccept: godta eller avslå automatisk (anbefalt)</translation>
    </message>
    <message>
        <source>AutoUpdate: tentative only, a delegate decides</source>
        <translation>AutoUpdate: bare foreløpig, en representant avgjør</translation>
    </message>
    <message>
        <source>None: no processing</source>
        <translation>None: ingen behandling</translation>
    </message>
    <message>
        <source>&amp;AutomateProcessing:</source>
        <translation>&amp;AutomateProcessing:</translation>
    </message>
    <message>
        <source>DeleteComm&amp;ents: remove the meeting body (must be off, or the join link is lost)</source>
        <translation>DeleteComm&amp;ents: fjern møteteksten (må være av, ellers forsvinner møtelenken)</translation>
    </message>
    <message>
        <source>DeleteS&amp;ubject: remove the subject</source>
        <translation>DeleteS&amp;ubject: fjern emnet</translation>
    </message>
    <message>
        <source>AddOrgani&amp;zerToSubject: replace the subject with the organizer&apos;s name</source>
        <translation>AddOrgani&amp;zerToSubject: erstatt emnet med navnet på arrangøren</translation>
    </message>
    <message>
        <source>Remove&amp;PrivateProperty: clear the private flag of meetings</source>
        <translation>Remove&amp;PrivateProperty: fjern privat-merket på møter</translation>
    </message>
    <message>
        <source>Leave each room&apos;s value unchanged</source>
        <translation>La verdien i hvert rom være uendret</translation>
    </message>
    <message>
        <source>True: accept invitations from outside the organization</source>
        <translation>True: godta invitasjoner fra utenfor organisasjonen</translation>
    </message>
    <message>
        <source>False: reject invitations from outside the organization</source>
        <translation>False: avvis invitasjoner fra utenfor organisasjonen</translation>
    </message>
    <message>
        <source>ProcessE&amp;xternalMeetingMessages:</source>
        <translation>ProcessE&amp;xternalMeetingMessages:</translation>
    </message>
    <message>
        <source>Optional. True lets rooms accept meetings forwarded from outside the organization.</source>
        <translation>Valgfritt. True lar rom godta møter videresendt fra utenfor organisasjonen.</translation>
    </message>
    <message>
        <source>Reading and setting calendar processing on the rooms needs the Exchange PowerShell connection, not available in this build. The values are kept in the profile.</source>
        <translation>Å lese og angi kalenderbehandling på rommene krever Exchange PowerShell-tilkoblingen, som ikke er tilgjengelig i denne versjonen. Verdiene lagres i profilen.</translation>
    </message>
    <message>
        <source>AutomateProcessing is not AutoAccept: rooms will not accept meetings by themselves.</source>
        <translation>AutomateProcessing er ikke AutoAccept: rommene vil ikke godta møter av seg selv.</translation>
    </message>
    <message>
        <source>DeleteComments is on: the join link in the meeting body is removed.</source>
        <translation>DeleteComments er på: møtelenken i møteteksten fjernes.</translation>
    </message>
    <message>
        <source>Also change the settings that st&amp;op auto-accept or bookings (shown as warnings otherwise)</source>
        <translation>Endre også innstillingene som st&amp;opper automatisk godtak eller booking (ellers vist som advarsler)</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: set calendar processing on %n room(s)</source>
        <translation>
            <numerusform>Utfør n&amp;å: sett kalenderbehandling på %n rom</numerusform>
            <numerusform>Utfør n&amp;å: sett kalenderbehandling på %n rom</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::ui::ConnectionsPage</name>
    <message>
        <source>Use for this session onl&amp;y</source>
        <translation>Bruk bare for denne &amp;økten</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Tilkoblinger</translation>
    </message>
    <message>
        <source>Where Exchange and Pexip Infinity are, and the accounts the wizard and One-Touch Join use.</source>
        <translation>Hvor Exchange og Pexip Infinity er, og kontoene veiviseren og One-Touch Join bruker.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Microsoft Exchange</source>
        <translation>Microsoft Exchange</translation>
    </message>
    <message>
        <source>EWS URL, as typed</source>
        <translation>EWS-URL, som skrevet</translation>
    </message>
    <message>
        <source>Autodiscover from an email address</source>
        <translation>Autodiscover fra en e-postadresse</translation>
    </message>
    <message>
        <source>Autodiscover URL, as typed</source>
        <translation>Autodiscover-URL, som skrevet</translation>
    </message>
    <message>
        <source>EWS &amp;discovery:</source>
        <translation>EWS-&amp;oppslag:</translation>
    </message>
    <message>
        <source>&amp;EWS URL:</source>
        <translation>&amp;EWS-URL:</translation>
    </message>
    <message>
        <source>EWS URL</source>
        <translation>EWS-URL</translation>
    </message>
    <message>
        <source>Autodiscover &amp;from address:</source>
        <translation>Autodiscover &amp;fra adresse:</translation>
    </message>
    <message>
        <source>Autodiscover address</source>
        <translation>Autodiscover-adresse</translation>
    </message>
    <message>
        <source>Autodiscover &amp;URL:</source>
        <translation>Autodiscover-&amp;URL:</translation>
    </message>
    <message>
        <source>Autodiscover URL</source>
        <translation>Autodiscover-URL</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>EWS au&amp;thentication:</source>
        <translation>EWS-au&amp;tentisering:</translation>
    </message>
    <message>
        <source>Pexip&apos;s integration uses the same method.</source>
        <translation>Pexip-integrasjonen bruker samme metode.</translation>
    </message>
    <message>
        <source>Remote &amp;PowerShell URI:</source>
        <translation>URI for ekstern &amp;PowerShell:</translation>
    </message>
    <message>
        <source>Usually http://&lt;server&gt;/PowerShell/ with Kerberos.</source>
        <translation>Vanligvis http://&lt;server&gt;/PowerShell/ med Kerberos.</translation>
    </message>
    <message>
        <source>Remote PowerShell URI</source>
        <translation>URI for ekstern PowerShell</translation>
    </message>
    <message>
        <source>Exchange &amp;admin account:</source>
        <translation>Exchange-&amp;administratorkonto:</translation>
    </message>
    <message>
        <source>UPN or DOMAIN\user in Organization Management.</source>
        <translation>UPN eller DOMENE\bruker i Organization Management.</translation>
    </message>
    <message>
        <source>Exchange admin account</source>
        <translation>Exchange-administratorkonto</translation>
    </message>
    <message>
        <source>Admin pass&amp;word:</source>
        <translation>Administrator&amp;passord:</translation>
    </message>
    <message>
        <source>One-Touch Join service account</source>
        <translation>Tjenestekonto for One-Touch Join</translation>
    </message>
    <message>
        <source>Servi&amp;ce account UPN:</source>
        <translation>UPN for tjenestekonto&amp;en:</translation>
    </message>
    <message>
        <source>Service account UPN</source>
        <translation>UPN for tjenestekontoen</translation>
    </message>
    <message>
        <source>Service account passw&amp;ord:</source>
        <translation>Passord for tjeneste&amp;kontoen:</translation>
    </message>
    <message>
        <source>Pexip Infinity</source>
        <translation>Pexip Infinity</translation>
    </message>
    <message>
        <source>&amp;Management node:</source>
        <translation>Administrasjons&amp;node:</translation>
    </message>
    <message>
        <source>Management node</source>
        <translation>Administrasjonsnode</translation>
    </message>
    <message>
        <source>Pe&amp;xip admin user:</source>
        <translation>Pe&amp;xip-administratorbruker:</translation>
    </message>
    <message>
        <source>Pexip admin user</source>
        <translation>Pexip-administratorbruker</translation>
    </message>
    <message>
        <source>Pex&amp;ip admin password:</source>
        <translation>Pex&amp;ip-administratorpassord:</translation>
    </message>
    <message>
        <source>Passwords cannot be stored: no credential store.</source>
        <translation>Passord kan ikke lagres: ingen lager for påloggingsopplysninger.</translation>
    </message>
    <message>
        <source>Passwords are kept in: %1. They are never written to the profile.</source>
        <translation>Passord oppbevares i: %1. De skrives aldri til profilen.</translation>
    </message>
    <message>
        <source>Passwords are kept in: %1. They are not saved anywhere and will be asked for again next time.</source>
        <translation>Passord oppbevares i: %1. De lagres ingen steder, og du blir spurt om dem igjen neste gang.</translation>
    </message>
    <message>
        <source>Stored; leave empty to keep it</source>
        <translation>Lagret; la feltet stå tomt for å beholde det</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Ikke lagret ennå</translation>
    </message>
    <message>
        <source>The system keychain is not available, so passwords cannot be stored securely.</source>
        <translation>Systemets nøkkelring er ikke tilgjengelig, så passord kan ikke lagres sikkert.</translation>
    </message>
    <message>
        <source>You can keep the passwords in memory for this session only: they are not written anywhere and you will be asked for them again next time.</source>
        <translation>Du kan holde passordene i minnet bare for denne økten: de skrives ingen steder, og du blir spurt om dem igjen neste gang.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Passwords could not be stored:
%1</source>
        <translation>Passordene kunne ikke lagres:
%1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
    <message>
        <source>%1

This program receives the Exchange admin password, so it is a setting of this computer (or OTJ_POWERSHELL), never of a profile.</source>
        <translation>%1

Dette programmet mottar Exchange-administratorpassordet, så det er en innstilling på denne datamaskinen (eller OTJ_POWERSHELL), aldri i en profil.</translation>
    </message>
    <message>
        <source>Never taken from a profile.</source>
        <translation>Hentes aldri fra en profil.</translation>
    </message>
    <message>
        <source>Source: %1; never taken from a profile.</source>
        <translation>Kilde: %1; hentes aldri fra en profil.</translation>
    </message>
    <message>
        <source>PowerShell on this compute&amp;r:</source>
        <translation>PowerShell på denne &amp;datamaskinen:</translation>
    </message>
    <message>
        <source>The Windows user running this wizard (Kerberos)</source>
        <translation>Windows-brukeren som kjører denne veiviseren (Kerberos)</translation>
    </message>
    <message>
        <source>The Exchange admin account below</source>
        <translation>Exchange-administratorkontoen nedenfor</translation>
    </message>
    <message>
        <source>Remote PowerShell si&amp;gn-in:</source>
        <translation>Påloggin&amp;g for ekstern PowerShell:</translation>
    </message>
    <message>
        <source>Trust for Exchange&apos;s certificate</source>
        <translation>Tillit til Exchange-sertifikatet</translation>
    </message>
    <message>
        <source>Trust for the Management Node&apos;s certificate</source>
        <translation>Tillit til sertifikatet til administrasjonsnoden</translation>
    </message>
</context>
<context>
    <name>otj::ui::EndpointTrustEditor</name>
    <message>
        <source>If Exchange&apos;s certificate is not publicly trusted, choose the PEM file of the CA that issued it (with any intermediate CAs). This computer then trusts it for Exchange only. What One-Touch Join needs is that Pexip trusts it: the wizard&apos;s Pexip step uploads this CA to the Management Node when Pexip does not trust it yet.</source>
        <translation>Hvis Exchange-sertifikatet ikke er offentlig klarert, velger du PEM-filen til CA-en som utstedte det (med eventuelle mellomliggende CA-er). Denne datamaskinen klarerer det da bare for Exchange. Det One-Touch Join trenger, er at Pexip klarerer det: Pexip-trinnet i veiviseren laster opp denne CA-en til administrasjonsnoden når Pexip ikke klarerer den ennå.</translation>
    </message>
    <message>
        <source>The certificate of the Management Node&apos;s management API, which the wizard uses to configure Pexip. It often comes from another CA than Exchange&apos;s. If it is not publicly trusted, choose the PEM file of the CA that issued it; for a self-signed node certificate, choose that certificate. It is trusted for the Management Node only, separately from Exchange&apos;s CA.</source>
        <translation>Sertifikatet til administrasjons-API-et på administrasjonsnoden, som veiviseren bruker til å konfigurere Pexip. Det kommer ofte fra en annen CA enn Exchange sin. Hvis det ikke er offentlig klarert, velger du PEM-filen til CA-en som utstedte det; for et selvsignert nodesertifikat velger du selve sertifikatet. Det klareres bare for administrasjonsnoden, atskilt fra CA-en til Exchange.</translation>
    </message>
    <message>
        <source>Exchange CA certificates:</source>
        <translation>CA-sertifikater for Exchange:</translation>
    </message>
    <message>
        <source>Management Node CA certificates:</source>
        <translation>CA-sertifikater for administrasjonsnoden:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints:</source>
        <translation>SHA-256-fingeravtrykk:</translation>
    </message>
    <message>
        <source>C&amp;hoose CA certificate…</source>
        <translation>&amp;Velg CA-sertifikat …</translation>
    </message>
    <message>
        <source>Pic&amp;k the node&apos;s CA certificate…</source>
        <translation>Velg nodens CA-se&amp;rtifikat …</translation>
    </message>
    <message>
        <source>C&amp;lear CA</source>
        <translation>F&amp;jern CA</translation>
    </message>
    <message>
        <source>Clear the node&apos;s CA</source>
        <translation>Fjern nodens CA</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Velg CA-sertifikatet</translation>
    </message>
    <message>
        <source>Choose the Management Node&apos;s CA certificate</source>
        <translation>Velg CA-sertifikatet til administrasjonsnoden</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-sertifikater (*.pem *.crt *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Not valid: %1 could not be read (%2).</source>
        <translation>Ugyldig: %1 kunne ikke leses (%2).</translation>
    </message>
    <message>
        <source>Not valid: %1: %2</source>
        <translation>Ugyldig: %1: %2</translation>
    </message>
    <message>
        <source>None: the Exchange certificate must be publicly trusted.</source>
        <translation>Ingen: Exchange-sertifikatet må være offentlig klarert.</translation>
    </message>
    <message>
        <source>None: the Management Node&apos;s certificate must be publicly trusted.</source>
        <translation>Ingen: sertifikatet til administrasjonsnoden må være offentlig klarert.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>The stored CA certificate cannot be read: %1</source>
        <translation>Det lagrede CA-sertifikatet kan ikke leses: %1</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (gyldig til %2)</translation>
    </message>
</context>
<context>
    <name>otj::ui::EngineSession</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The Exchange session has ended.</source>
        <translation>Exchange-økten er avsluttet.</translation>
    </message>
    <message>
        <source>already as wanted after the changes before it</source>
        <translation>allerede som ønsket etter endringene før den</translation>
    </message>
    <message>
        <source>distribution group</source>
        <translation>distribusjonsgruppe</translation>
    </message>
    <message>
        <source>management scope</source>
        <translation>administrasjonsomfang</translation>
    </message>
    <message>
        <source>role assignment</source>
        <translation>rolletildeling</translation>
    </message>
    <message>
        <source>EWS virtual directory</source>
        <translation>virtuell EWS-katalog</translation>
    </message>
    <message>
        <source>authentication policy</source>
        <translation>godkjenningspolicy</translation>
    </message>
    <message>
        <source>calendar processing</source>
        <translation>kalenderbehandling</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>brukerkonto</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>postboks</translation>
    </message>
    <message>
        <source>mailbox protocols</source>
        <translation>postboksprotokoller</translation>
    </message>
    <message>
        <source>organization settings</source>
        <translation>organisasjonsinnstillinger</translation>
    </message>
    <message>
        <source>CA certificate on Pexip</source>
        <translation>CA-sertifikat på Pexip</translation>
    </message>
    <message>
        <source>Autodiscover URL on Pexip</source>
        <translation>Autodiscover-URL på Pexip</translation>
    </message>
    <message>
        <source>One-Touch Join integration</source>
        <translation>One-Touch Join-integrasjon</translation>
    </message>
</context>
<context>
    <name>otj::ui::ExchangeSession</name>
    <message>
        <source>Script export is not available in this build.</source>
        <translation>Eksport av skript er ikke tilgjengelig i denne versjonen.</translation>
    </message>
</context>
<context>
    <name>otj::ui::ImpersonationPage</name>
    <message>
        <source>Impersonation</source>
        <translation>Representasjon</translation>
    </message>
    <message>
        <source>The service account gets ApplicationImpersonation, limited by a management scope to a distribution group that holds the OTJ rooms.</source>
        <translation>Tjenestekontoen får ApplicationImpersonation, begrenset av et administrasjonsomfang til en distribusjonsgruppe med OTJ-rommene.</translation>
    </message>
    <message>
        <source>&amp;Distribution group:</source>
        <translation>&amp;Distribusjonsgruppe:</translation>
    </message>
    <message>
        <source>Holds the selected rooms; created if it does not exist.</source>
        <translation>Inneholder de valgte rommene; opprettes hvis den ikke finnes.</translation>
    </message>
    <message>
        <source>Distribution group</source>
        <translation>Distribusjonsgruppe</translation>
    </message>
    <message>
        <source>Management sc&amp;ope:</source>
        <translation>Administrasjons&amp;omfang:</translation>
    </message>
    <message>
        <source>Management scope</source>
        <translation>Administrasjonsomfang</translation>
    </message>
    <message>
        <source>&amp;Role assignment:</source>
        <translation>&amp;Rolletildeling:</translation>
    </message>
    <message>
        <source>Role assignment</source>
        <translation>Rolletildeling</translation>
    </message>
    <message>
        <source>Reading and creating the distribution group, the scope and the role assignment needs the Exchange PowerShell connection, not available in this build. Your choices are kept in the profile.</source>
        <translation>Å lese og opprette distribusjonsgruppen, omfanget og rolletildelingen krever Exchange PowerShell-tilkoblingen, som ikke er tilgjengelig i denne versjonen. Valgene dine lagres i profilen.</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: set up impersonation scoped to the rooms (%n change(s))</source>
        <translation>
            <numerusform>Utfør n&amp;å: sett opp impersonering avgrenset til rommene (%n endring)</numerusform>
            <numerusform>Utfør n&amp;å: sett opp impersonering avgrenset til rommene (%n endringer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::ui::PexipIntegrationPage</name>
    <message>
        <source>Pexip integration</source>
        <translation>Pexip-integrasjon</translation>
    </message>
    <message>
        <source>The One-Touch Join Exchange integration on the Pexip Infinity management node.</source>
        <translation>One-Touch Join Exchange-integrasjonen på administrasjonsnoden i Pexip Infinity.</translation>
    </message>
    <message>
        <source>Integration na&amp;me:</source>
        <translation>Integrasjons&amp;navn:</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Integrasjonsnavn</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Valgfritt.</translation>
    </message>
    <message>
        <source>Find items request quota</source>
        <translation>Kvote for FindItem-forespørsler</translation>
    </message>
    <message>
        <source>Find items &amp;quota:</source>
        <translation>FindItem-&amp;kvote:</translation>
    </message>
    <message>
        <source>Pexip&apos;s cap on EWS FindItem requests per 24 hours (10 000 – 10 000 000).</source>
        <translation>Pexips grense for EWS FindItem-forespørsler per 24 timer (10 000 – 10 000 000).</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autentisering:</translation>
    </message>
    <message>
        <source>%1, following the EWS setting</source>
        <translation>%1, følger EWS-innstillingen</translation>
    </message>
    <message>
        <source>Send the service account&apos;s &amp;password to Pexip</source>
        <translation>Send tjenestekontoens &amp;passord til Pexip</translation>
    </message>
    <message>
        <source>Disable the web pro&amp;xy for this integration</source>
        <translation>Slå av webpro&amp;xyen for denne integrasjonen</translation>
    </message>
    <message>
        <source>Pexip never shows the password it holds. It is sent anyway when the integration is created and after this tool changed the password.</source>
        <translation>Pexip viser aldri passordet det har lagret. Det sendes uansett når integrasjonen opprettes, og etter at dette verktøyet har endret passordet.</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w on the Pexip Management Node (%n change(s))</source>
        <translation>
            <numerusform>Utfør &amp;nå på Pexip-administrasjonsnoden (%n endring)</numerusform>
            <numerusform>Utfør &amp;nå på Pexip-administrasjonsnoden (%n endringer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating or updating the integration on the Management Node needs the Pexip connection, not available in this build. The values are kept in the profile.</source>
        <translation>Å opprette eller oppdatere integrasjonen på administrasjonsnoden krever Pexip-tilkoblingen, som ikke er tilgjengelig i denne versjonen. Verdiene lagres i profilen.</translation>
    </message>
    <message>
        <source>The integration uses KERBEROS: move &amp;it to %1</source>
        <translation>Integrasjonen bruker KERBEROS: flytt &amp;den til %1</translation>
    </message>
</context>
<context>
    <name>otj::ui::PlanDiffView</name>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Planlagte endringer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>finnes</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>opprettes: %1</translation>
    </message>
    <message>
        <source>(a value is known only once an earlier change is made)</source>
        <translation>(en verdi er kjent først når en tidligere endring er gjort)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The step as a whole</source>
        <translation>Steget som helhet</translation>
    </message>
</context>
<context>
    <name>otj::ui::PowerShellView</name>
    <message>
        <source>Cop&amp;y PowerShell</source>
        <translation>Kop&amp;ier PowerShell</translation>
    </message>
    <message>
        <source>Expor&amp;t script…</source>
        <translation>Ekspor&amp;ter skript…</translation>
    </message>
    <message>
        <source>PowerShe&amp;ll that apply sends (the password is never shown):</source>
        <translation>PowerShe&amp;ll som sendes ved utføring (passordet vises aldri):</translation>
    </message>
    <message>
        <source>PowerShell commands</source>
        <translation>PowerShell-kommandoer</translation>
    </message>
    <message>
        <source>Save a PowerShell script that checks each setting and changes only what differs</source>
        <translation>Lagre et PowerShell-skript som kontrollerer hver innstilling og bare endrer det som avviker</translation>
    </message>
    <message>
        <source># Nothing to change.</source>
        <translation># Ingenting å endre.</translation>
    </message>
    <message>
        <source>&amp;Requests that apply sends to the Pexip management API (the password is never shown):</source>
        <translation>&amp;Forespørsler som utføringen sender til Pexips administrasjons-API (passordet vises aldri):</translation>
    </message>
    <message>
        <source>Pexip management API requests</source>
        <translation>Forespørsler til Pexips administrasjons-API</translation>
    </message>
    <message>
        <source>Cop&amp;y requests</source>
        <translation>Kop&amp;ier forespørsler</translation>
    </message>
</context>
<context>
    <name>otj::ui::PrerequisitesPage</name>
    <message>
        <source>Prerequisites</source>
        <translation>Forutsetninger</translation>
    </message>
    <message>
        <source>What must be true before One-Touch Join can be set up. The checks only read; they change nothing.</source>
        <translation>Hva som må være på plass før One-Touch Join kan settes opp. Kontrollene bare leser; de endrer ingenting.</translation>
    </message>
    <message>
        <source>P1. Every OTJ room has a room mailbox with an email address.
P2. Automatic calendar processing is on for each room.
P3. If Safe Links is used, URLs in invitations to the rooms are not rewritten.
P4. Exchange Management PowerShell can be reached, with every cmdlet the steps use.
P5. Pexip Infinity trusts Exchange&apos;s certificate: it chains to a public root, or its CA is uploaded to Pexip (the Pexip integration step does that).</source>
        <translation>P1. Hvert OTJ-rom har en rompostboks med en e-postadresse.
P2. Automatisk kalenderbehandling er på for hvert rom.
P3. Hvis Safe Links brukes, skrives ikke URL-er i invitasjoner til rommene om.
P4. Exchange Management PowerShell kan nås, med alle cmdleter som trinnene bruker.
P5. Pexip Infinity stoler på Exchange-sertifikatet: det kjedes til en offentlig rot, eller CA-en er lastet opp til Pexip (trinnet Pexip-integrasjon gjør det).</translation>
    </message>
</context>
<context>
    <name>otj::ui::RoomDirectoryModel</name>
    <message>
        <source>Room mailbox</source>
        <translation>Rompostboks</translation>
    </message>
    <message>
        <source>Room mailbox in Exchange Online: use Pexip&apos;s Graph integration for it</source>
        <translation>Rompostboks i Exchange Online: bruk Pexips Graph-integrasjon for det</translation>
    </message>
    <message>
        <source>Equipment mailbox, not a room</source>
        <translation>Utstyrspostboks, ikke et rom</translation>
    </message>
    <message>
        <source>User or shared mailbox, not a room</source>
        <translation>Bruker- eller delt postboks, ikke et rom</translation>
    </message>
    <message>
        <source>Distribution group or room list, not a room</source>
        <translation>Distribusjonsgruppe eller romliste, ikke et rom</translation>
    </message>
    <message>
        <source>Mail contact or mail user, not a room here</source>
        <translation>E-postkontakt eller e-postbruker, ikke et rom her</translation>
    </message>
    <message>
        <source>Exchange does not know this address</source>
        <translation>Exchange kjenner ikke denne adressen</translation>
    </message>
    <message>
        <source>%1: cannot be selected. %2</source>
        <translation>%1: kan ikke velges. %2</translation>
    </message>
    <message>
        <source>%1, cannot be selected: %2</source>
        <translation>%1, kan ikke velges: %2</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, valgt</translation>
    </message>
    <message>
        <source>%1, not selected</source>
        <translation>%1, ikke valgt</translation>
    </message>
    <message>
        <source>Added by hand, not checked against Exchange yet</source>
        <translation>Lagt til for hånd, ikke kontrollert mot Exchange ennå</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Room lists</source>
        <translation>Romlister</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>otj::ui::RoomsPage</name>
    <message>
        <source>Rooms</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>Choose the room mailboxes that One-Touch Join serves. Only the checked rooms are set up.</source>
        <translation>Velg rompostboksene One-Touch Join skal betjene. Bare de avkryssede rommene settes opp.</translation>
    </message>
    <message>
        <source>Room discovery needs the Exchange PowerShell connection, not available in this build. Add rooms by address, paste a list or import a CSV file (for example from Get-Mailbox -RecipientTypeDetails RoomMailbox | Export-Csv).</source>
        <translation>Å finne rom krever Exchange PowerShell-tilkoblingen, som ikke er tilgjengelig i denne versjonen. Legg til rom etter adresse, lim inn en liste eller importer en CSV-fil (for eksempel fra Get-Mailbox -RecipientTypeDetails RoomMailbox | Export-Csv).</translation>
    </message>
    <message>
        <source>Room &amp;address:</source>
        <translation>Rom&amp;adresse:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Legg &amp;til</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>&amp;Lim inn liste</translation>
    </message>
    <message>
        <source>Add every address on the clipboard</source>
        <translation>Legg til hver adresse på utklippstavlen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer CSV …</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>R&amp;ooms:</source>
        <translation>R&amp;om:</translation>
    </message>
    <message>
        <source>Chec&amp;k all shown</source>
        <translation>&amp;Kryss av alle viste</translation>
    </message>
    <message>
        <source>&amp;Uncheck all shown</source>
        <translation>Fjern kr&amp;yss for alle viste</translation>
    </message>
    <message>
        <source>Import rooms from CSV</source>
        <translation>Importer rom fra CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Tekstfiler (*.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>No room is selected.</source>
        <translation>Ingen rom er valgt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rooms added: %1.</source>
        <translation>Rom lagt til: %1.</translation>
    </message>
    <message>
        <source>Already in the list: %1.</source>
        <translation>Allerede i listen: %1.</translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation>Ikke lagt til: %1.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>… og %1 til.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunne ikke leses: %2</translation>
    </message>
    <message>
        <source>%1 of %2 rooms selected, %3 shown</source>
        <translation>%1 av %2 rom valgt, %3 vist</translation>
    </message>
    <message>
        <source>Dis&amp;cover rooms</source>
        <translation>&amp;Finn rom</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Avb&amp;ryt</translation>
    </message>
    <message>
        <source>Read every room mailbox from Exchange (one Get-Mailbox call)</source>
        <translation>Les alle rompostbokser fra Exchange (ett Get-Mailbox-kall)</translation>
    </message>
    <message>
        <source>Part of a name, address, Office, City or room list</source>
        <translation>Del av navn, adresse, kontor, by eller romliste</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Check a room to set it up. Space toggles the current room. Greyed-out rooms cannot be served on-premises; the Status column says why.</source>
        <translation>Kryss av et rom for å sette det opp. Mellomrom veksler gjeldende rom. Gråe rom kan ikke betjenes lokalt; kolonnen Status sier hvorfor.</translation>
    </message>
    <message>
        <source>Select every room shown that One-Touch Join on-premises can serve</source>
        <translation>Velg alle viste rom som One-Touch Join lokalt kan betjene</translation>
    </message>
    <message>
        <source>Discovery cancelled.</source>
        <translation>Søket ble avbrutt.</translation>
    </message>
    <message>
        <source>Reading the room mailboxes from Exchange…</source>
        <translation>Leser rompostboksene fra Exchange…</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Søket mislyktes: %1</translation>
    </message>
    <message>
        <source>Exchange has %1 room mailboxes: %2 on-premises, %3 elsewhere.</source>
        <translation>Exchange har %1 rompostbokser: %2 lokalt, %3 andre steder.</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Alle rom</translation>
    </message>
    <message>
        <source>Room list: %1</source>
        <translation>Romliste: %1</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Kontor: %1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>By: %1</translation>
    </message>
</context>
<context>
    <name>otj::ui::ServiceAccountPage</name>
    <message>
        <source>Service account</source>
        <translation>Tjenestekonto</translation>
    </message>
    <message>
        <source>One-Touch Join reads the room calendars with its own service account, separate from any VMR Scheduling account.</source>
        <translation>One-Touch Join leser romkalenderne med sin egen tjenestekonto, atskilt fra en eventuell konto for VMR Scheduling.</translation>
    </message>
    <message>
        <source>&amp;Create a new mailbox-enabled account</source>
        <translation>&amp;Opprett en ny konto med postboks</translation>
    </message>
    <message>
        <source>&amp;Adopt an existing account</source>
        <translation>Bruk en &amp;eksisterende konto</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Visningsnavn:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnavn</translation>
    </message>
    <message>
        <source>Organizational &amp;unit:</source>
        <translation>Organisasjons&amp;enhet:</translation>
    </message>
    <message>
        <source>Optional; empty uses Exchange&apos;s default.</source>
        <translation>Valgfritt; tomt bruker standarden i Exchange.</translation>
    </message>
    <message>
        <source>Creating or checking the service account needs the Exchange PowerShell connection, not available in this build. Your choices are kept in the profile.</source>
        <translation>Å opprette eller kontrollere tjenestekontoen krever Exchange PowerShell-tilkoblingen, som ikke er tilgjengelig i denne versjonen. Valgene dine lagres i profilen.</translation>
    </message>
    <message>
        <source>Service account: not set yet (enter its UPN on the Connections page).</source>
        <translation>Tjenestekonto: ikke satt ennå (skriv inn UPN-en på siden Tilkoblinger).</translation>
    </message>
    <message>
        <source>Service account: %1</source>
        <translation>Tjenestekonto: %1</translation>
    </message>
    <message>
        <source>Gene&amp;rate a strong password</source>
        <translation>Lag et sterkt pa&amp;ssord</translation>
    </message>
    <message>
        <source>Copy th&amp;e password</source>
        <translation>Kopi&amp;er passordet</translation>
    </message>
    <message>
        <source>%1 characters from letters, digits and - _ . : ! # % + = ? @, every kind at least once (Active Directory&apos;s default complexity)</source>
        <translation>%1 tegn fra bokstaver, sifre og - _ . : ! # % + = ? @, hver type minst én gang (standard kompleksitet i Active Directory)</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nytt &amp;passord:</translation>
    </message>
    <message>
        <source>not generated in this session</source>
        <translation>ikke laget i denne økten</translation>
    </message>
    <message>
        <source>Copied as a secret (kept out of clipboard history where possible) and cleared from the clipboard after 30 seconds</source>
        <translation>Kopieres som hemmelighet (holdes utenfor utklippshistorikken der det er mulig) og tømmes fra utklippstavlen etter 30 sekunder</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation>Kopiert. Utklippstavlen tømmes om %1 sekunder.</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Utklippstavlen ble tømt.</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: create the service account (%n change(s))</source>
        <translation>
            <numerusform>Utfør n&amp;å: opprett tjenestekontoen (%n endring)</numerusform>
            <numerusform>Utfør n&amp;å: opprett tjenestekontoen (%n endringer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: update the service account (%n change(s))</source>
        <translation>
            <numerusform>Utfør n&amp;å: oppdater tjenestekontoen (%n endring)</numerusform>
            <numerusform>Utfør n&amp;å: oppdater tjenestekontoen (%n endringer)</numerusform>
        </translation>
    </message>
    <message>
        <source>An adopted account keeps its password: enter it on the Connections page.</source>
        <translation>En overtatt konto beholder passordet sitt: skriv det inn på siden Tilkoblinger.</translation>
    </message>
    <message>
        <source>Replace the stored password?</source>
        <translation>Erstatte det lagrede passordet?</translation>
    </message>
    <message>
        <source>A password for this service account is already stored. A new one replaces it; if the account already exists in Exchange with the old password, One-Touch Join can no longer sign in until you set the new one there too.</source>
        <translation>Et passord for denne tjenestekontoen er allerede lagret. Et nytt erstatter det; finnes kontoen allerede i Exchange med det gamle passordet, kan ikke One-Touch Join logge på før du setter det nye der også.</translation>
    </message>
    <message>
        <source>Storing the password…</source>
        <translation>Lagrer passordet…</translation>
    </message>
    <message>
        <source>Shown once: copy it now if you need it. Stored in %1.</source>
        <translation>Vises én gang: kopier det nå hvis du trenger det. Lagret i %1.</translation>
    </message>
    <message>
        <source>Shown once: copy it now if you need it. Kept for this session only (%1): nothing is saved, you will need it again next time.</source>
        <translation>Vises én gang: kopier det nå hvis du trenger det. Beholdes bare i denne økten (%1): ingenting lagres, du trenger det igjen neste gang.</translation>
    </message>
    <message>
        <source>The password could not be stored: %1</source>
        <translation>Passordet kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>stored; generate a new one to see a password again</source>
        <translation>lagret; lag et nytt for å se et passord igjen</translation>
    </message>
</context>
<context>
    <name>otj::ui::SetupWizard</name>
    <message>
        <source>OTJ Exchange Setup</source>
        <translation>OTJ Exchange Setup</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Utfør</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>Lagre s&amp;om …</translation>
    </message>
    <message>
        <source>Save the profile (no passwords are written to it)</source>
        <translation>Lagre profilen (ingen passord skrives til den)</translation>
    </message>
    <message>
        <source>Save a copy of the profile under a new profile id</source>
        <translation>Lagre en kopi av profilen med en ny profil-ID</translation>
    </message>
    <message>
        <source>Profile: new, not saved yet</source>
        <translation>Profil: ny, ikke lagret ennå</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>Passwords: this session only</source>
        <translation>Passord: bare denne økten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profilen ble ikke lagret</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Profilen kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Save profile as</source>
        <translation>Lagre profil som</translation>
    </message>
    <message>
        <source>Setup profiles (*.json);;All files (*)</source>
        <translation>Oppsettprofiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Saved as a new profile</source>
        <translation>Lagret som en ny profil</translation>
    </message>
    <message>
        <source>The profile was saved as a new profile with its own id (%1). Passwords stored for the previous profile (%2) stay with that profile; enter them again on the Connections page to store them for this one.</source>
        <translation>Profilen ble lagret som en ny profil med egen ID (%1). Passord som er lagret for den forrige profilen (%2), blir værende hos den profilen; skriv dem inn igjen på siden Tilkoblinger for å lagre dem for denne.</translation>
    </message>
    <message>
        <source>The profile has unsaved changes. Save them before closing?</source>
        <translation>Profilen har ulagrede endringer. Vil du lagre dem før du lukker?</translation>
    </message>
</context>
<context>
    <name>otj::ui::StepActionPanel</name>
    <message>
        <source>Inspect a&amp;gain</source>
        <translation>Les &amp;igjen</translation>
    </message>
    <message>
        <source>Read this step&apos;s objects from Exchange again (only Get-* commands)</source>
        <translation>Les dette stegets objekter fra Exchange igjen (bare Get-*-kommandoer)</translation>
    </message>
    <message>
        <source>Planned c&amp;hanges (what is there now, and what it will be):</source>
        <translation>Planlagte en&amp;dringer (hva som finnes nå, og hva det blir):</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Planlagte endringer</translation>
    </message>
    <message>
        <source>What exists in Exchange now</source>
        <translation>Hva som finnes i Exchange nå</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Now in Exchange</source>
        <translation>Nå i Exchange</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Progress and verification</source>
        <translation>Fremdrift og verifisering</translation>
    </message>
    <message>
        <source>The settings changed since Exchange was read: inspect again.</source>
        <translation>Innstillingene er endret siden Exchange ble lest: les igjen.</translation>
    </message>
    <message>
        <source>Script export is not available in this build.</source>
        <translation>Eksport av skript er ikke tilgjengelig i denne versjonen.</translation>
    </message>
    <message>
        <source>Not available in this build: no Exchange PowerShell connection.</source>
        <translation>Ikke tilgjengelig i denne versjonen: ingen Exchange PowerShell-tilkobling.</translation>
    </message>
    <message>
        <source>Not read from Exchange yet.</source>
        <translation>Ikke lest fra Exchange ennå.</translation>
    </message>
    <message>
        <source>Reading %1 from Exchange…</source>
        <translation>Leser %1 fra Exchange…</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Exists, as wanted</source>
        <translation>Finnes, som ønsket</translation>
    </message>
    <message>
        <source>Exists, differs</source>
        <translation>Finnes, avviker</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w (%n change(s))</source>
        <translation>
            <numerusform>Utfør n&amp;å (%n endring)</numerusform>
            <numerusform>Utfør n&amp;å (%n endringer)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Could not read this step from Exchange: %1</source>
        <translation>Kunne ikke lese dette steget fra Exchange: %1</translation>
    </message>
    <message>
        <source> Warnings: %1 (see the planned changes).</source>
        <translation> Advarsler: %1 (se de planlagte endringene).</translation>
    </message>
    <message>
        <source>Already configured — 0 changes.</source>
        <translation>Allerede konfigurert — 0 endringer.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make. Nothing has been changed yet.</source>
        <translation>
            <numerusform>%n endring å gjøre. Ingenting er endret ennå.</numerusform>
            <numerusform>%n endringer å gjøre. Ingenting er endret ennå.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>Utfører %n endring…</numerusform>
            <numerusform>Utfører %n endringer…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 changes applied. Inspect again to continue.</source>
        <translation>Stoppet: %1 av %2 endringer utført. Les igjen for å fortsette.</translation>
    </message>
    <message>
        <source>A change failed; the changes after it were not sent. The list says why.</source>
        <translation>En endring mislyktes; endringene etter den ble ikke sendt. Listen sier hvorfor.</translation>
    </message>
    <message>
        <source>Applied. Verifying…</source>
        <translation>Utført. Verifiserer…</translation>
    </message>
    <message>
        <source>Applied and verified.</source>
        <translation>Utført og verifisert.</translation>
    </message>
    <message>
        <source>Applied. Waiting for Active Directory replication; re-checking by itself.</source>
        <translation>Utført. Venter på Active Directory-replikering; sjekker igjen av seg selv.</translation>
    </message>
    <message>
        <source>Applied, still pending. Check again later.</source>
        <translation>Utført, venter fortsatt. Sjekk igjen senere.</translation>
    </message>
    <message>
        <source>Applied, but verification failed. The list says why.</source>
        <translation>Utført, men verifiseringen mislyktes. Listen sier hvorfor.</translation>
    </message>
    <message>
        <source>Export setup script</source>
        <translation>Eksporter oppsettskript</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell-skript (*.ps1)</translation>
    </message>
    <message>
        <source>Script not exported</source>
        <translation>Skriptet ble ikke eksportert</translation>
    </message>
    <message>
        <source>The script could not be written to %1: %2</source>
        <translation>Skriptet kunne ikke skrives til %1: %2</translation>
    </message>
    <message>
        <source>Read this step&apos;s objects from Pexip again (only GET requests)</source>
        <translation>Les dette trinnets objekter fra Pexip på nytt (bare GET-forespørsler)</translation>
    </message>
    <message>
        <source>What exists on Pexip now</source>
        <translation>Hva som finnes på Pexip nå</translation>
    </message>
    <message>
        <source>Now on Pexip</source>
        <translation>Nå på Pexip</translation>
    </message>
    <message>
        <source>Pexip API requests</source>
        <translation>Pexip API-forespørsler</translation>
    </message>
    <message>
        <source>The settings changed since Pexip was read: inspect again.</source>
        <translation>Innstillingene er endret siden Pexip ble lest: inspiser på nytt.</translation>
    </message>
    <message>
        <source>Not read from Pexip yet.</source>
        <translation>Ikke lest fra Pexip ennå.</translation>
    </message>
    <message>
        <source>Stop readin&amp;g</source>
        <translation>Stopp lesin&amp;gen</translation>
    </message>
    <message>
        <source>Reading %1 from Pexip…</source>
        <translation>Leser %1 fra Pexip …</translation>
    </message>
    <message>
        <source>Could not read this step from Pexip: %1</source>
        <translation>Kunne ikke lese dette trinnet fra Pexip: %1</translation>
    </message>
</context>
<context>
    <name>otj::ui::StepPanel</name>
    <message>
        <source>Steps</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Setup steps and their state</source>
        <translation>Oppsettstrinn og status</translation>
    </message>
    <message>
        <source>%1 · current step</source>
        <translation>%1 · gjeldende trinn</translation>
    </message>
    <message>
        <source>%1. %2
%3</source>
        <translation>%1. %2
%3</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Trinn %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>otj::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Check your choices and save the profile. The profile never contains a password.</source>
        <translation>Kontroller valgene dine og lagre profilen. Profilen inneholder aldri passord.</translation>
    </message>
    <message>
        <source>Profile summary</source>
        <translation>Profilsammendrag</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ikke satt)</translation>
    </message>
    <message>
        <source>EWS URL %1</source>
        <translation>EWS-URL %1</translation>
    </message>
    <message>
        <source>Autodiscover from %1</source>
        <translation>Autodiscover fra %1</translation>
    </message>
    <message>
        <source>Autodiscover URL %1</source>
        <translation>Autodiscover-URL %1</translation>
    </message>
    <message>
        <source>Profile id: %1</source>
        <translation>Profil-ID: %1</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>  Endpoint: %1</source>
        <translation>  Endepunkt: %1</translation>
    </message>
    <message>
        <source>  EWS authentication: %1</source>
        <translation>  EWS-autentisering: %1</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>  Remote PowerShell: %1</source>
        <translation>  Ekstern PowerShell: %1</translation>
    </message>
    <message>
        <source>  Admin account: %1</source>
        <translation>  Administratorkonto: %1</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Tjenestekonto</translation>
    </message>
    <message>
        <source>  UPN: %1</source>
        <translation>  UPN: %1</translation>
    </message>
    <message>
        <source>  Display name: %1</source>
        <translation>  Visningsnavn: %1</translation>
    </message>
    <message>
        <source>  Organizational unit: %1</source>
        <translation>  Organisasjonsenhet: %1</translation>
    </message>
    <message>
        <source>(Exchange&apos;s default)</source>
        <translation>(standard i Exchange)</translation>
    </message>
    <message>
        <source>  Account: %1</source>
        <translation>  Konto: %1</translation>
    </message>
    <message>
        <source>create a new one</source>
        <translation>opprett en ny</translation>
    </message>
    <message>
        <source>adopt an existing one</source>
        <translation>bruk en eksisterende</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>  Selected rooms: %1</source>
        <translation>  Valgte rom: %1</translation>
    </message>
    <message>
        <source>  Distribution group: %1</source>
        <translation>  Distribusjonsgruppe: %1</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Representasjon</translation>
    </message>
    <message>
        <source>  Management scope: %1</source>
        <translation>  Administrasjonsomfang: %1</translation>
    </message>
    <message>
        <source>  Role assignment: %1</source>
        <translation>  Rolletildeling: %1</translation>
    </message>
    <message>
        <source>Calendar processing</source>
        <translation>Kalenderbehandling</translation>
    </message>
    <message>
        <source>  AutomateProcessing: %1</source>
        <translation>  AutomateProcessing: %1</translation>
    </message>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>  ProcessExternalMeetingMessages: %1</source>
        <translation>  ProcessExternalMeetingMessages: %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uendret</translation>
    </message>
    <message>
        <source>Pexip Infinity</source>
        <translation>Pexip Infinity</translation>
    </message>
    <message>
        <source>  Management node: %1</source>
        <translation>  Administrasjonsnode: %1</translation>
    </message>
    <message>
        <source>  Admin user: %1</source>
        <translation>  Administratorbruker: %1</translation>
    </message>
    <message>
        <source>  Integration: %1</source>
        <translation>  Integrasjon: %1</translation>
    </message>
    <message>
        <source>  Authentication: %1</source>
        <translation>  Autentisering: %1</translation>
    </message>
    <message>
        <source>  Find items quota: %1</source>
        <translation>  FindItem-kvote: %1</translation>
    </message>
    <message>
        <source>  Web proxy: %1</source>
        <translation>  Webproxy: %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>slått av</translation>
    </message>
    <message>
        <source>used</source>
        <translation>brukes</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Klarering</translation>
    </message>
    <message>
        <source>File: not saved yet (use Save)
</source>
        <translation>Fil: ikke lagret ennå (bruk Lagre)
</translation>
    </message>
    <message>
        <source>File: %1
</source>
        <translation>Fil: %1
</translation>
    </message>
    <message>
        <source>  DeleteComments: %1</source>
        <translation>  DeleteComments: %1</translation>
    </message>
    <message>
        <source>  DeleteSubject: %1</source>
        <translation>  DeleteSubject: %1</translation>
    </message>
    <message>
        <source>  AddOrganizerToSubject: %1</source>
        <translation>  AddOrganizerToSubject: %1</translation>
    </message>
    <message>
        <source>  RemovePrivateProperty: %1</source>
        <translation>  RemovePrivateProperty: %1</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Prof&amp;il:</translation>
    </message>
    <message>
        <source>  Exchange CA: none (publicly trusted certificate)</source>
        <translation>  CA for Exchange: ingen (offentlig klarert sertifikat)</translation>
    </message>
    <message>
        <source>  Exchange CA: %1, SHA-256 %2</source>
        <translation>  CA for Exchange: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>  Remote PowerShell sign-in: %1</source>
        <translation>  Pålogging for ekstern PowerShell: %1</translation>
    </message>
    <message>
        <source>the admin account</source>
        <translation>administratorkontoen</translation>
    </message>
    <message>
        <source>the Windows user running the wizard</source>
        <translation>Windows-brukeren som kjører veiviseren</translation>
    </message>
</context>
<context>
    <name>otj::ui::ValidationPanel</name>
    <message>
        <source>Not run yet.</source>
        <translation>Ikke kjørt ennå.</translation>
    </message>
    <message>
        <source>Validation progress</source>
        <translation>Valideringsfremdrift</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v av %m kontroller</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Vis bare &amp;problemer</translation>
    </message>
    <message>
        <source>Validation results</source>
        <translation>Valideringsresultater</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Resultater:</translation>
    </message>
    <message>
        <source>Cause and fix of the selected check</source>
        <translation>Årsak og løsning for den valgte kontrollen</translation>
    </message>
    <message>
        <source>Select a check to see its cause and how to fix it.</source>
        <translation>Velg en kontroll for å se årsaken og hvordan den løses.</translation>
    </message>
    <message>
        <source>&amp;Fix for the selected check:</source>
        <translation>&amp;Løsning for den valgte kontrollen:</translation>
    </message>
    <message>
        <source>Exchange is throttling the service account (%1): waiting %2 s (%3 s so far).</source>
        <translation>Exchange struper tjenestekontoen (%1): venter %2 s (%3 s så langt).</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validerer …</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Avbrutt. </translation>
    </message>
    <message>
        <source>Could not run: %1 </source>
        <translation>Kunne ikke kjøre: %1 </translation>
    </message>
    <message>
        <source>%1 passed, %2 warnings, %3 failed, %4 skipped.</source>
        <translation>%1 bestått, %2 advarsler, %3 feilet, %4 hoppet over.</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Årsak:</translation>
    </message>
    <message>
        <source>Fix (%1):</source>
        <translation>Løsning (%1):</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Dokumentasjon:</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Ikke kjørt ennå</translation>
    </message>
    <message>
        <source>R&amp;un checks</source>
        <translation>&amp;Kjør kontrollene</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>&amp;Kjør på nytt</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gå til %1</translation>
    </message>
    <message>
        <source>Reading Exchange through PowerShell…</source>
        <translation>Leser Exchange gjennom PowerShell…</translation>
    </message>
</context>
<context>
    <name>otj::ui::ValidationTreeModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Årsak</translation>
    </message>
</context>
<context>
    <name>otj::ui::VerificationPanel</name>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Sjekk &amp;nå</translation>
    </message>
    <message>
        <source>Verification of each change</source>
        <translation>Verifisering av hver endring</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifisering</translation>
    </message>
    <message>
        <source>Not verified yet: verification runs after apply.</source>
        <translation>Ikke verifisert ennå: verifiseringen kjøres etter utføring.</translation>
    </message>
    <message>
        <source>Verifying: reading Exchange again…</source>
        <translation>Verifiserer: leser Exchange igjen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pending: %1 of %2 wait for Active Directory replication to reach Exchange Web Services. Nothing is wrong yet.</source>
        <translation>Venter: %1 av %2 venter på at Active Directory-replikeringen når Exchange Web Services. Ingenting er galt ennå.</translation>
    </message>
    <message>
        <source>Verified: all %1 changes are in effect.</source>
        <translation>Verifisert: alle %1 endringer er i kraft.</translation>
    </message>
    <message>
        <source>Verification failed for %1 of %2 changes.</source>
        <translation>Verifiseringen mislyktes for %1 av %2 endringer.</translation>
    </message>
    <message>
        <source>Still pending after %1 minutes: check again later (Check now), or validate from the Summary page.</source>
        <translation>Venter fortsatt etter %1 minutter: sjekk igjen senere (Sjekk nå), eller valider fra siden Sammendrag.</translation>
    </message>
    <message>
        <source>Checking again in %1 s</source>
        <translation>Sjekker igjen om %1 s</translation>
    </message>
    <message>
        <source>Checking again now…</source>
        <translation>Sjekker igjen nå…</translation>
    </message>
</context>
<context>
    <name>otj::ui::WelcomePage</name>
    <message>
        <source>Open s&amp;elected</source>
        <translation>Åpne &amp;valgt</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>Connect Pexip Infinity One-Touch Join to Microsoft Exchange on-premises. Start with a new setup profile or open one you saved before.</source>
        <translation>Koble Pexip Infinity One-Touch Join til Microsoft Exchange lokalt. Start med en ny oppsettprofil, eller åpne en du har lagret tidligere.</translation>
    </message>
    <message>
        <source>A setup profile holds every decision you make in this wizard: the Exchange and Pexip endpoints, the service account, the rooms and the calendar policy. It never holds a password; passwords are kept in the system keychain.</source>
        <translation>En oppsettprofil inneholder hver beslutning du tar i denne veiviseren: endepunktene for Exchange og Pexip, tjenestekontoen, rommene og kalenderpolicyen. Den inneholder aldri passord; passord oppbevares i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>Ne&amp;w profile</source>
        <translation>N&amp;y profil</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>Å&amp;pne profil …</translation>
    </message>
    <message>
        <source>&amp;Recent profiles:</source>
        <translation>Nyl&amp;ige profiler:</translation>
    </message>
    <message>
        <source>Recent profiles</source>
        <translation>Nylige profiler</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>Denne filen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>No recent profiles.</source>
        <translation>Ingen nylige profiler.</translation>
    </message>
    <message>
        <source>Current profile: a new profile with the recommended values, not saved yet.</source>
        <translation>Gjeldende profil: en ny profil med de anbefalte verdiene, ikke lagret ennå.</translation>
    </message>
    <message>
        <source>Current profile: %1</source>
        <translation>Gjeldende profil: %1</translation>
    </message>
    <message>
        <source>Start a new profile</source>
        <translation>Start en ny profil</translation>
    </message>
    <message>
        <source>The current profile has unsaved changes. Discard them and start a new profile?</source>
        <translation>Den gjeldende profilen har ulagrede endringer. Vil du forkaste dem og starte en ny profil?</translation>
    </message>
    <message>
        <source>Open setup profile</source>
        <translation>Åpne oppsettprofil</translation>
    </message>
    <message>
        <source>Setup profiles (*.json);;All files (*)</source>
        <translation>Oppsettprofiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 kunne ikke åpnes:
%2</translation>
    </message>
    <message>
        <source>Opened, with notes:
%1</source>
        <translation>Åpnet, med merknader:
%1</translation>
    </message>
</context>
<context>
    <name>otj::ui::WizardPage</name>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Trenger oppmerksomhet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Påkrevd.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ugyldig: %1</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Trenger oppmerksomhet (%1)</translation>
    </message>
    <message>
        <source>Not checked (%1)</source>
        <translation>Ikke kontrollert (%1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Ikke kontrollert</translation>
    </message>
</context>
<context>
    <name>otj::validation</name>
    <message>
        <source>Not run</source>
        <translation>Ikke kjørt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Kjører</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Feilet</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Venter</translation>
    </message>
</context>
</TS>
