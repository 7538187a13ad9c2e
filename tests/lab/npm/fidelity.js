#!/usr/bin/env node
// Fidelity test: drives otj-lab's EWS with an independent, real EWS client library
// (ews-javascript-api, a port of Microsoft's EWS Managed API) instead of our own client.
//
// Starts nothing. Input: LAB_JSON = the JSON line `otj-lab serve` prints. TLS stays verified: run with
// NODE_EXTRA_CA_CERTS=<ca_file> (run-fidelity.sh does all of this).
//
// 1. Grants ApplicationImpersonation to the OTJ service account through the lab's /lab/role-assignments
//    route, scoped with RecipientTypeDetails -eq 'RoomMailbox' (effective at once).
// 2. Impersonating a room: FindAppointments (CalendarView) on its calendar returns items; GetItem (Bind
//    with the body) on one of them returns the same item.
// 3. Impersonating a user mailbox outside the scope: ErrorImpersonateUserDenied.
// Exit code 0 = all good, 1 = a mismatch (printed), 2 = could not run.
'use strict';

const ews = require('ews-javascript-api');

const failures = [];
function check(ok, what, detail) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` (${detail})` : ''}`);
  if (!ok) failures.push(what);
}

// The EWS response code of a failure. The Managed API throws ServiceResponseException (ErrorCode); this
// port rejects SOAP faults with the SoapFaultDetails object itself, whose ResponseCode holds the code
// (its ErrorCode is only used by Availability responses).
function ewsCode(e) {
  if (!e) return undefined;
  if (e instanceof ews.SoapFaultDetails) return ews.ServiceError[e.ResponseCode];
  if (e.ErrorCode !== undefined) return ews.ServiceError[e.ErrorCode];
  return undefined;
}

function describeError(e) {
  if (!e) return String(e);
  const code = ewsCode(e);
  return [e.constructor && e.constructor.name, code, e.message || e.Message].filter(Boolean).join(': ');
}

async function labAdmin(lab, method, route, body) {
  const url = new URL(route, lab.admin_url.endsWith('/') ? lab.admin_url : `${lab.admin_url}/`);
  const res = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${lab.admin_token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} -> ${res.status} ${text}`);
  return text ? JSON.parse(text) : {};
}

function service(lab, account, impersonate) {
  const svc = new ews.ExchangeService(ews.ExchangeVersion.Exchange2013_SP1);
  svc.Credentials = new ews.WebCredentials(account.upn, account.password);
  svc.Url = new ews.Uri(lab.ews_url);
  if (impersonate) {
    svc.ImpersonatedUserId = new ews.ImpersonatedUserId(ews.ConnectingIdType.SmtpAddress, impersonate);
    svc.HttpHeaders.Add('X-AnchorMailbox', impersonate);
  }
  return svc;
}

async function main() {
  if (!process.env.LAB_JSON) {
    console.error('LAB_JSON is not set (the line `otj-lab serve` prints)');
    return 2;
  }
  const lab = JSON.parse(process.env.LAB_JSON);
  for (const k of ['ews_url', 'admin_url', 'admin_token', 'accounts']) {
    if (!lab[k]) {
      console.error(`LAB_JSON has no ${k}`);
      return 2;
    }
  }
  const account =
    lab.accounts.find((a) => a.role === 'otj-service') || lab.accounts.find((a) => a.role === 'user');
  if (!account) {
    console.error('no otj-service or user account in LAB_JSON.accounts');
    return 2;
  }

  // Pick the room and the out-of-scope mailbox from the lab's org.
  const org = await labAdmin(lab, 'GET', 'org');
  const recipients = org.recipients || [];
  const now = Date.now();
  const windowStart = new Date(now - 30 * 86400e3);
  const windowEnd = new Date(now + 60 * 86400e3);
  const inWindow = (it) => new Date(it.start) < windowEnd && new Date(it.end) > windowStart;
  const rooms = recipients
    .filter((r) => r.type === 'RoomMailbox' && !r.remoteRoutingAddress) // room accounts are disabled in AD
    .map((r) => ({ r, n: (r.calendar || []).filter(inWindow).length }))
    .sort((a, b) => b.n - a.n);
  if (!rooms.length || rooms[0].n === 0) {
    console.error('the lab org has no on-prem room with meetings in the window');
    return 2;
  }
  const room = rooms[0].r;
  const outsider = recipients.find(
    (r) => r.type === 'UserMailbox' && r.enabled !== false && r.smtp.toLowerCase() !== account.upn.toLowerCase()
  );
  if (!outsider) {
    console.error('the lab org has no user mailbox to impersonate outside the scope');
    return 2;
  }
  console.log(`client: ews-javascript-api ${require('ews-javascript-api/package.json').version}`);
  console.log(`caller ${account.upn}; room ${room.smtp} (${rooms[0].n} meetings in the window); outsider ${outsider.smtp}`);

  await labAdmin(lab, 'POST', 'role-assignments', {
    name: 'Fidelity ApplicationImpersonation',
    user: account.upn,
    role: 'ApplicationImpersonation',
    recipientRestrictionFilter: "RecipientTypeDetails -eq 'RoomMailbox'",
    effectiveNow: true,
  });

  // --- room calendar with impersonation ----------------------------------------------------------
  const roomSvc = service(lab, account, room.smtp);
  let items = [];
  try {
    const view = new ews.CalendarView(new ews.DateTime(windowStart.getTime()), new ews.DateTime(windowEnd.getTime()));
    view.PropertySet = new ews.PropertySet(ews.BasePropertySet.FirstClassProperties);
    const folder = new ews.FolderId(ews.WellKnownFolderName.Calendar, new ews.Mailbox(room.smtp));
    const result = await roomSvc.FindAppointments(folder, view);
    items = result.Items || [];
    check(items.length > 0, 'FindAppointments (CalendarView) on the room calendar returns items', `${items.length} items`);
    const wellFormed = items.every(
      (a) => a.Id && a.Id.UniqueId && a.Start && a.End && a.End.TotalMilliSeconds >= a.Start.TotalMilliSeconds
    );
    check(wellFormed, 'every item has an ItemId and Start <= End');
    const subjects = new Set((room.calendar || []).map((c) => c.subject));
    const known = items.filter((a) => subjects.has(a.Subject)).length;
    check(known === items.length, 'every returned subject is one of the room calendar subjects', `${known}/${items.length}`);
  } catch (e) {
    check(false, 'FindAppointments (CalendarView) on the room calendar', describeError(e));
  }

  if (items.length) {
    try {
      const first = items[0];
      const ps = new ews.PropertySet(ews.BasePropertySet.FirstClassProperties);
      ps.RequestedBodyType = ews.BodyType.Text;
      const appt = await ews.Appointment.Bind(roomSvc, first.Id, ps);
      check(appt.Id.UniqueId === first.Id.UniqueId, 'GetItem (Appointment.Bind) returns the same ItemId');
      check(appt.Subject === first.Subject, 'GetItem returns the same Subject', appt.Subject);
      check(appt.Body !== undefined && appt.Body !== null, 'GetItem returns a Body element');
    } catch (e) {
      check(false, 'GetItem (Appointment.Bind) on a room item', describeError(e));
    }
  }

  // --- a mailbox outside the scope ----------------------------------------------------------------
  try {
    const svc = service(lab, account, outsider.smtp);
    const view = new ews.CalendarView(new ews.DateTime(windowStart.getTime()), new ews.DateTime(windowEnd.getTime()));
    await svc.FindAppointments(new ews.FolderId(ews.WellKnownFolderName.Calendar, new ews.Mailbox(outsider.smtp)), view);
    check(false, 'impersonating a mailbox outside the scope is refused', 'the call succeeded');
  } catch (e) {
    const code = ewsCode(e);
    check(code === 'ErrorImpersonateUserDenied', 'impersonating a mailbox outside the scope gives ErrorImpersonateUserDenied',
      describeError(e));
  }

  if (failures.length) {
    console.log(`${failures.length} check(s) failed`);
    return 1;
  }
  console.log('all checks passed');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`could not run: ${e && e.stack ? e.stack : e}`);
    process.exit(2);
  }
);
