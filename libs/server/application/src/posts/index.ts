export * from './post.ports';
export * from './post.service';
export * from './charter.service';
export * from './media.service';
export * from './post-group.service';
