-- Issue 14: how a client reaches the salesperson named in the brief. Both optional.
alter table app_user add column phone varchar(40);
alter table app_user add column email varchar(254);
