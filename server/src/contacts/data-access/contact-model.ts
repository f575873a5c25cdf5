import mongoose, { Schema } from 'mongoose';

const contactSchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    no: { type: String, required: true },
    type: { type: String, enum: ['person', 'company'], required: true },
    name: { type: String, default: '' },
    companyNo: { type: String, default: '' },
    companyName: { type: String, default: '' },
    email: { type: String, default: '' },
    phone: { type: String, default: '' },
    salespersonCode: { type: String, default: '' },
    correspondenceType: { type: String, default: '' },
    languageCode: { type: String, default: '' },
    // Lower-cased copies: FerretDB has no collation, so case-insensitive lookups use these.
    emailLower: { type: String, default: '' },
    emailDomain: { type: String, default: '' },
    searchText: { type: String, default: '' },
    requestKey: { type: String, required: true },
  },
  { versionKey: false, collection: 'contacts' },
);
contactSchema.index({ tenantId: 1, no: 1 }, { unique: true });
contactSchema.index({ tenantId: 1, requestKey: 1 }, { unique: true });
contactSchema.index({ tenantId: 1, emailLower: 1 });
contactSchema.index({ tenantId: 1, emailDomain: 1 });
contactSchema.index({ tenantId: 1, companyNo: 1, no: 1 });
contactSchema.index({ tenantId: 1, salespersonCode: 1 });
contactSchema.index({ tenantId: 1, type: 1, no: 1 });

export const ContactModel = mongoose.models.Contact ?? mongoose.model('Contact', contactSchema);
