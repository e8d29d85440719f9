// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTrial } from '@/test-support/make-trial';
import { CentralContactsSection } from './central-contacts-section';

afterEach(cleanup);

describe('CentralContactsSection', () => {
  it('shows both NCT01573923 central contacts with phone links', () => {
    render(<CentralContactsSection trial={makeTrial()} />);
    const region = screen.getByRole('region', { name: 'Central contacts' });
    expect(region.id).toBe('central-contacts');
    const cards = within(region).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(screen.getByText('Xuetao Pei, MD, PhD')).toBeTruthy();
    expect(screen.getByText('Haijie Ji, MD')).toBeTruthy();
    const phone = screen.getByRole('link', { name: '86-10-63188853' });
    expect(phone.getAttribute('href')).toBe('tel:861063188853');
    expect(screen.getAllByText('No email listed')).toHaveLength(2);
  });

  it('says plainly when there is no central contact', () => {
    render(<CentralContactsSection trial={{ centralContacts: [] }} />);
    expect(screen.getByText('No central contact listed')).toBeTruthy();
  });
});
